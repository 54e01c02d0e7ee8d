package org.homecare.settlement.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void separates_fields_with_tabs_and_writes_null_as_backslash_n() {
        StringBuilder out = new StringBuilder();
        UUID id = UUID.fromString("00000000-0000-4000-8000-000000000001");
        CopyText.row(out, id, null, 3, 1500L, Instant.parse("2024-02-10T01:00:00Z"));
        assertThat(out).hasToString(id + "\t\\N\t3\t1500\t2024-02-10T01:00:00Z\n");
    }

    @Test
    void escapes_what_would_end_a_field_or_a_row_in_client_text() {
        StringBuilder out = new StringBuilder();
        CopyText.row(out, "a\tb\nc\rd\\e", "\\N");
        assertThat(out).hasToString("a\\tb\\nc\\rd\\\\e\t\\\\N\n");
    }
}
