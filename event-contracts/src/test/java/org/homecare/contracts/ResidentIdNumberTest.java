package org.homecare.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.homecare.contracts.identity.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void accepts_a_valid_number_and_reads_birth_date_and_sex() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X").number().orElseThrow();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(ResidentIdNumber.Sex.FEMALE);
        assertThat(id.areaCode()).isEqualTo("110105");
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).doesNotContain("19491231");
    }

    @Test
    void accepts_a_lower_case_x_as_check_character() {
        assertThat(ResidentIdNumber.parse("11010519491231002x").valid()).isTrue();
    }

    @Test
    void rejects_wrong_check_character_length_letters_dates_and_area() {
        assertThat(ResidentIdNumber.parse("110105194912310021").problem()).contains("check character");
        assertThat(ResidentIdNumber.parse("11010519491231002").problem()).contains("18 characters");
        assertThat(ResidentIdNumber.parse("1101051949A231002X").problem()).contains("digits");
        assertThat(ResidentIdNumber.parse(null).problem()).contains("required");
        String feb30 = "34010219500230001";
        assertThat(ResidentIdNumber.parse(feb30 + ResidentIdNumber.checkCharacter(feb30)).problem())
                .contains("birth date");
        String noArea = "00010519491231002";
        assertThat(ResidentIdNumber.parse(noArea + ResidentIdNumber.checkCharacter(noArea)).problem())
                .contains("area code");
    }
}
