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

    @Test
    void starts_with_a_byte_order_mark_so_spreadsheets_read_utf_8() {
        String csv = CsvTable.of(List.of("providerName"), List.of(List.of("合肥康乐居家养老服务中心")));
        assertThat(csv).startsWith("\uFEFFproviderName\r\n").endsWith("合肥康乐居家养老服务中心\r\n");
    }

    @Test
    void every_text_cell_that_a_spreadsheet_could_run_is_defused_but_numbers_stay_numbers() {
        String csv = CsvTable.of(List.of("cell"), List.of(List.of("+1+cmd|' /C calc'!A0"), List.of("-2+3"),
                List.of("@SUM(A1)"), List.of("\t=1"), List.of("\r=1"), List.of(-500L), List.of("a=b")));
        assertThat(Csv.parse(csv).stream().skip(1).map(r -> r.get(0)).toList()).containsExactly(
                "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)", "'\t=1", "'\r=1", "-500", "a=b");
    }
}
