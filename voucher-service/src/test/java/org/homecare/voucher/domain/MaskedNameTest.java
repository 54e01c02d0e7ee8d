package org.homecare.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedNameTest {

    @Test
    void keeps_the_first_character_and_one_star() {
        assertThat(MaskedName.of("张三")).isEqualTo("张*");
        assertThat(MaskedName.of("王小明")).isEqualTo("王*");
        // compound surnames are out of scope: the first character only
        assertThat(MaskedName.of("欧阳娜娜")).isEqualTo("欧*");
        assertThat(MaskedName.of(" 李四 ")).isEqualTo("李*");
    }

    @Test
    void masking_a_masked_name_changes_nothing() {
        assertThat(MaskedName.of("张*")).isEqualTo("张*");
        assertThat(MaskedName.of(MaskedName.of("赵六"))).isEqualTo("赵*");
    }

    @Test
    void keeps_a_whole_character_outside_the_basic_plane() {
        // U+2000B, a CJK Extension B character: two UTF-16 chars, one character
        assertThat(MaskedName.of("\uD840\uDC0B三")).isEqualTo("\uD840\uDC0B*");
    }

    @Test
    void no_name_is_no_masked_name() {
        assertThat(MaskedName.of(null)).isNull();
        assertThat(MaskedName.of("  ")).isNull();
    }
}
