package org.homecare.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CodeListTest {

    @Test
    void contains_matches_whole_codes_only_wherever_they_stand() {
        String stored = CodeList.join(List.of("REHAB", "HOUSEKEEPING", "MEAL"));
        assertThat(CodeList.contains(stored, "REHAB")).isTrue();
        assertThat(CodeList.contains(stored, "HOUSEKEEPING")).isTrue();
        assertThat(CodeList.contains(stored, "MEAL")).isTrue();
        assertThat(CodeList.contains(stored, "MEALS")).isFalse();
        assertThat(CodeList.contains(stored, "HOUSE")).isFalse();
        assertThat(CodeList.contains(stored, "EAL")).isFalse();
        assertThat(CodeList.contains("", "MEAL")).isFalse();
        assertThat(CodeList.contains(stored, "")).isFalse();
    }
}
