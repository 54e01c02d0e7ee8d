package org.homecare.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankAccountNumberTest {

    @Test
    void a_long_number_shows_its_first_and_last_four_digits_only() {
        assertThat(BankAccountNumber.mask("6222021234567890123")).isEqualTo("6222 **** **** 0123");
        assertThat(BankAccountNumber.mask("6222021234567890")).isEqualTo("6222 **** **** 7890");
    }

    @Test
    void a_short_number_never_shows_half_of_its_digits() {
        assertThat(BankAccountNumber.mask("123456789012")).isEqualTo("**** **** **** 9012");
        assertThat(BankAccountNumber.mask("12345678")).isEqualTo("**** **** **** 78");
    }

    @Test
    void the_mask_does_not_tell_the_length() {
        assertThat(BankAccountNumber.mask("6222021234567890").length())
                .isEqualTo(BankAccountNumber.mask("62220212345678901234567890123456").length());
    }
}
