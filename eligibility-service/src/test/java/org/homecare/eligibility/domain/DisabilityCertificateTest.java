package org.homecare.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.homecare.contracts.identity.ResidentIdNumber;
import org.junit.jupiter.api.Test;

/** The 20-character certificate number: the holder's identity number, then the category and the grade digit. */
class DisabilityCertificateTest {

    private static final String HOLDER = withCheck("34010219500314002");
    private static final String OTHER = withCheck("34010319500314003");

    @Test
    void accepts_the_holders_number_followed_by_the_category_and_grade_digits() {
        assertThat(DisabilityCertificate.problemWith(HOLDER + "42", DisabilityCategory.PHYSICAL, 2, HOLDER)).isNull();
        assertThat(DisabilityCertificate.problemWith(HOLDER + "11", DisabilityCategory.VISUAL, 1, HOLDER)).isNull();
        assertThat(DisabilityCertificate.problemWith(HOLDER + "74", DisabilityCategory.MULTIPLE, 4, HOLDER)).isNull();
    }

    @Test
    void rejects_a_number_of_another_length() {
        assertThat(DisabilityCertificate.problemWith(HOLDER + "4", DisabilityCategory.PHYSICAL, 2, HOLDER))
                .startsWith("must have 20 characters");
        assertThat(DisabilityCertificate.problemWith(HOLDER + "42B1", DisabilityCategory.PHYSICAL, 2, HOLDER))
                .startsWith("must have 20 characters");
    }

    @Test
    void rejects_a_holder_part_that_is_no_identity_number_naming_why() {
        String badCheck = HOLDER.substring(0, 17) + (HOLDER.charAt(17) == '1' ? '2' : '1');

        assertThat(DisabilityCertificate.problemWith(badCheck + "42", DisabilityCategory.PHYSICAL, 2, HOLDER))
                .isEqualTo("characters 1-18 are not a resident identity number: the check character does not match "
                        + "(GB 11643)");
        assertThat(DisabilityCertificate.problemWith("3401021950031400AB42", DisabilityCategory.PHYSICAL, 2, HOLDER))
                .startsWith("characters 1-18 are not a resident identity number");
    }

    @Test
    void rejects_the_valid_number_of_another_holder() {
        assertThat(DisabilityCertificate.problemWith(OTHER + "42", DisabilityCategory.PHYSICAL, 2, HOLDER))
                .isEqualTo("characters 1-18 must be the holder's own identity number");
    }

    @Test
    void rejects_a_category_or_grade_digit_other_than_the_certificates() {
        assertThat(DisabilityCertificate.problemWith(HOLDER + "22", DisabilityCategory.PHYSICAL, 2, HOLDER))
                .isEqualTo("character 19 must be 4, the digit of category PHYSICAL");
        assertThat(DisabilityCertificate.problemWith(HOLDER + "43", DisabilityCategory.PHYSICAL, 2, HOLDER))
                .isEqualTo("character 20 must be 2, the grade");
    }

    @Test
    void no_problem_message_carries_the_number() {
        for (String number : new String[] { HOLDER + "4", OTHER + "42", HOLDER + "22", HOLDER + "43" }) {
            assertThat(DisabilityCertificate.problemWith(number, DisabilityCategory.PHYSICAL, 2, HOLDER))
                    .doesNotContain(HOLDER.substring(6, 14)).doesNotContain(OTHER.substring(6, 14));
        }
    }

    @Test
    void the_masked_number_is_the_masked_identity_number_and_the_two_digits() {
        DisabilityCertificate certificate = new DisabilityCertificate(DisabilityCategory.PHYSICAL, 2, HOLDER + "42");

        assertThat(certificate.maskedNumber()).isEqualTo(ResidentIdNumber.mask(HOLDER) + "42")
                .isEqualTo("340102********" + HOLDER.substring(14) + "42");
        assertThat(certificate.toString()).doesNotContain(HOLDER).contains(certificate.maskedNumber());
    }

    @Test
    void the_stored_value_reads_back_and_none_is_no_certificate() {
        DisabilityCertificate certificate = new DisabilityCertificate(DisabilityCategory.MENTAL, 3, HOLDER + "63");

        assertThat(certificate.stored(true)).isEqualTo("MENTAL:3:" + HOLDER + "63");
        assertThat(DisabilityCertificate.ofStored(certificate.stored(true))).isEqualTo(certificate);
        assertThat(DisabilityCertificate.ofStored(FactName.NONE)).isNull();
        assertThat(DisabilityCertificate.storedValueFor(certificate.stored(true), false))
                .isEqualTo("MENTAL:3:" + certificate.maskedNumber());
        assertThat(DisabilityCertificate.storedValueFor(FactName.NONE, false)).isEqualTo("NONE");
    }

    @Test
    void category_digits_run_from_1_visual_to_7_multiple() {
        assertThat(DisabilityCategory.values()).extracting(DisabilityCategory::digit)
                .containsExactly('1', '2', '3', '4', '5', '6', '7');
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
