package org.homecare.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardNumberTest {

    @Test
    void computes_the_luhn_check_digit_of_known_examples() {
        // the textbook example 7992739871 → 3, and card numbers published for testing payment forms
        assertThat(CardNumber.checkDigit("7992739871")).isEqualTo(3);
        assertThat(CardNumber.checkDigit("411111111111111")).isEqualTo(1);
        assertThat(CardNumber.checkDigit("555555555555444")).isEqualTo(4);
        assertThat(CardNumber.checkDigit("401288888888188")).isEqualTo(1);
        assertThat(CardNumber.checkDigit("000000000000000")).isZero();
    }

    @Test
    void parses_sixteen_digits_whose_last_is_the_check_digit() {
        assertThat(CardNumber.parse("4111111111111111").digits()).isEqualTo("4111111111111111");
        assertThat(CardNumber.parse("5555555555554444")).hasToString("5555555555554444");
    }

    @Test
    void rejects_a_number_with_a_wrong_check_digit() {
        assertThatThrownBy(() -> CardNumber.parse("4111111111111112"))
                .isInstanceOf(MalformedCardNumberException.class).hasMessage("has a wrong check digit");
        assertThatThrownBy(() -> CardNumber.parse("5555555555554440"))
                .isInstanceOf(MalformedCardNumberException.class).hasMessage("has a wrong check digit");
    }

    @Test
    void rejects_a_number_of_the_wrong_length() {
        for (String text : new String[] { "", "411111111111111", "41111111111111111", "79927398713" }) {
            assertThatThrownBy(() -> CardNumber.parse(text)).as(text)
                    .isInstanceOf(MalformedCardNumberException.class).hasMessage("must be 16 digits");
        }
        assertThatThrownBy(() -> CardNumber.parse(null)).isInstanceOf(MalformedCardNumberException.class);
    }

    @Test
    void rejects_a_number_with_anything_but_digits() {
        for (String text : new String[] { "411111111111111a", "4111 1111 1111 1", "-411111111111111",
                "４１１１１１１１１１１１１１１１" }) {
            assertThatThrownBy(() -> CardNumber.parse(text)).as(text)
                    .isInstanceOf(MalformedCardNumberException.class).hasMessage("must be 16 digits");
        }
    }

    @Test
    void catches_every_single_mistyped_digit() {
        String card = CardNumber.issue("340100", 123_456).digits();
        for (int position = 0; position < card.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == card.charAt(position)) {
                    continue;
                }
                String typo = card.substring(0, position) + digit + card.substring(position + 1);
                assertThatThrownBy(() -> CardNumber.parse(typo)).as(typo)
                        .isInstanceOf(MalformedCardNumberException.class);
            }
        }
    }

    @Test
    void issues_the_prefix_the_zero_padded_number_and_the_check_digit() {
        assertThat(CardNumber.issue("340100", 1).digits()).isEqualTo("3401000000000017");
        assertThat(CardNumber.issue("340100", 2).digits()).isEqualTo("3401000000000025");
        assertThat(CardNumber.issue("340100", 999_999_999).digits()).startsWith("340100999999999").hasSize(16);
        assertThat(CardNumber.issue("1", 42).digits()).isEqualTo("1" + "00000000000042" + "0");
        CardNumber issued = CardNumber.issue("340100", 8_675_309);
        assertThat(CardNumber.parse(issued.digits())).isEqualTo(issued);
    }

    @Test
    void refuses_a_prefix_that_leaves_no_room_and_a_number_that_does_not_fit() {
        for (String prefix : new String[] { "", "3401000000", "34O100", " 340100", null }) {
            assertThatThrownBy(() -> CardNumber.issue(prefix, 1)).as(String.valueOf(prefix))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(CardNumber.issue("340100000", 999_999).digits()).hasSize(16);
        assertThatThrownBy(() -> CardNumber.issue("340100000", 1_000_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> CardNumber.issue("340100", 1_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> CardNumber.issue("340100", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
