package org.homecare.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = { "91340100MA2NHC015G", "91340100MA2NHC023B" })
    void accepts_codes_whose_check_character_matches(String code) {
        CreditCode.Result result = CreditCode.parse(code);
        assertThat(result.valid()).as(result.problem()).isTrue();
        assertThat(result.code().orElseThrow().value()).isEqualTo(code);
    }

    @Test
    void computes_the_check_character_with_the_gb_32100_weights() {
        assertThat(CreditCode.checkCharacter("91340100MA2NHC015")).isEqualTo('G');
        assertThat(CreditCode.checkCharacter("91340100MA2NHC023")).isEqualTo('B');
    }

    @Test
    void maps_a_remainder_of_zero_to_check_character_0() {
        // find a 17-character prefix whose weighted sum is a multiple of 31: its check character is 0, not "31"
        String prefix = null;
        for (int last = 0; last < 31 && prefix == null; last++) {
            String candidate = "9134010000000000" + CreditCode.ALPHABET.charAt(last);
            if (weightedSum(candidate) % 31 == 0) {
                prefix = candidate;
            }
        }
        assertThat(prefix).isNotNull();
        assertThat(CreditCode.checkCharacter(prefix)).isEqualTo('0');
        assertThat(CreditCode.parse(prefix + "0").valid()).isTrue();
    }

    @Test
    void rejects_a_wrong_check_character() {
        CreditCode.Result result = CreditCode.parse("91340100MA2NHC015H");
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).contains("check character");
    }

    @ParameterizedTest
    @ValueSource(strings = { "91340100MA2NHC015", "91340100MA2NHC015GG", "" })
    void rejects_a_wrong_length(String code) {
        assertThat(CreditCode.parse(code).valid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "91340100MA2NHCI15G", "91340100MA2NHCO15G", "91340100MA2NHCS15G", "91340100MA2NHCV15G",
            "91340100MA2NHCZ15G", "91340100MA2NHC-15G" })
    void rejects_characters_outside_the_alphabet(String code) {
        CreditCode.Result result = CreditCode.parse(code);
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).contains("character 15");
    }

    @Test
    void accepts_lower_case_and_surrounding_blanks_as_the_same_code() {
        assertThat(CreditCode.parse(" 91340100ma2nhc015g ").code().orElseThrow().value())
                .isEqualTo("91340100MA2NHC015G");
    }

    @Test
    void requires_a_value() {
        assertThat(CreditCode.parse(null).problem()).isEqualTo("is required");
    }

    private static int weightedSum(String first17) {
        int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CreditCode.ALPHABET.indexOf(first17.charAt(i)) * weights[i];
        }
        return sum;
    }
}
