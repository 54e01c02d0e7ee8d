package org.homecare.settlement.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void quotes_commas_quotes_and_line_breaks_and_defuses_spreadsheet_formulas() {
        String csv = CsvTable.of(List.of("name", "amountFen", "note"), List.of(
                Arrays.asList("Provider B, \"Care\"", -1200L, "line1\nline2"),
                Arrays.asList("=HYPERLINK(\"x\")", 0L, null)));
        List<List<String>> rows = Csv.parse(csv);
        assertThat(rows).containsExactly(
                List.of("name", "amountFen", "note"),
                List.of("Provider B, \"Care\"", "-1200", "line1\nline2"),
                List.of("'=HYPERLINK(\"x\")", "0", ""));
    }
}
