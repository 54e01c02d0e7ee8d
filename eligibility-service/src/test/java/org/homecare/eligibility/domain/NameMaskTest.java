package org.homecare.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMaskTest {

    @Test
    void keeps_the_surname_and_one_star_whatever_the_given_names_length() {
        assertThat(NameMask.surnameOnly("张桂兰")).isEqualTo("张*");
        assertThat(NameMask.surnameOnly("李明")).isEqualTo("李*");
        assertThat(NameMask.surnameOnly(" 欧阳修 ")).isEqualTo("欧*");
    }

    @Test
    void a_surname_outside_the_basic_plane_stays_whole() {
        String rare = new String(Character.toChars(0x20BB7)) + "明";
        assertThat(NameMask.surnameOnly(rare)).isEqualTo(new String(Character.toChars(0x20BB7)) + "*");
    }

    @Test
    void no_name_has_no_mask() {
        assertThat(NameMask.surnameOnly(null)).isNull();
        assertThat(NameMask.surnameOnly("  ")).isNull();
    }
}
