package org.homecare.eligibility.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixRangeTest {

    @Test
    void the_upper_bound_is_the_prefix_with_its_last_code_point_raised() {
        assertThat(PrefixRange.upperBound("王")).isEqualTo("玌");
        assertThat(PrefixRange.upperBound("王秀")).isEqualTo("王私");
        assertThat("王秀英").isGreaterThanOrEqualTo("王秀").isLessThan(PrefixRange.upperBound("王秀"));
    }

    @Test
    void a_character_outside_the_basic_plane_is_raised_as_one_code_point() {
        String rare = new String(Character.toChars(0x20BB7));
        assertThat(PrefixRange.upperBound(rare)).isEqualTo(new String(Character.toChars(0x20BB8)));
    }

    @Test
    void the_bound_skips_the_surrogate_range_and_the_highest_code_point_has_none() {
        assertThat(PrefixRange.upperBound("\uD7FF")).isEqualTo("\uE000");
        assertThat(PrefixRange.upperBound(new String(Character.toChars(Character.MAX_CODE_POINT)))).isNull();
    }
}
