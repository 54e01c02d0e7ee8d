package org.homecare.contracts.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AnchoredPatternTest {

    @Test
    void an_unanchored_pattern_gets_both_anchors() {
        assertThat(AnchoredPattern.of("[A-Z][A-Z0-9]{1,19}")).isEqualTo("^[A-Z][A-Z0-9]{1,19}$");
        assertThat(AnchoredPattern.of("^[1-9][0-9]{5}")).isEqualTo("^[1-9][0-9]{5}$");
    }

    @Test
    void an_anchored_pattern_stays_as_it_is() {
        assertThat(AnchoredPattern.of("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$"))
                .isEqualTo("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$");
    }

    @Test
    void an_alternation_is_grouped_so_the_anchors_bind_every_branch() {
        String anchored = AnchoredPattern.of("\\d{4}-(0[1-9]|1[0-2])|NONE");
        assertThat(anchored).isEqualTo("^(?:\\d{4}-(0[1-9]|1[0-2])|NONE)$");
        assertThat(Pattern.compile(anchored).matcher("x2026-11").find()).isFalse();
        assertThat(Pattern.compile(anchored).matcher("NONE").find()).isTrue();
    }

    @Test
    void not_blank_means_contains_a_character_that_is_not_white_space() {
        Pattern notBlank = Pattern.compile(AnchoredPattern.of("\\S"));
        assertThat(notBlank.matcher("  a b ").find()).isTrue();
        assertThat(notBlank.matcher("line\nnext").find()).isTrue();
        assertThat(notBlank.matcher(" \t\n").find()).isFalse();
        assertThat(notBlank.matcher("").find()).isFalse();
    }

    @Test
    void a_quality_parameter_is_no_part_of_the_media_type() {
        assertThat(MediaTypes.withoutQuality("text/csv;qs=0.5")).isEqualTo("text/csv");
        assertThat(MediaTypes.withoutQuality("text/csv; qs=0.5; charset=UTF-8")).isEqualTo("text/csv; charset=UTF-8");
        assertThat(MediaTypes.withoutQuality("application/json")).isEqualTo("application/json");
    }
}
