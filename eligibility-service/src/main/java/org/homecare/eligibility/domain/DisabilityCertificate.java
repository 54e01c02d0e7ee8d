package org.homecare.eligibility.domain;

import org.homecare.contracts.identity.ResidentIdNumber;

/**
 * A disability certificate (残疾人证) in force: category, grade 1 (most severe) to 4, and its number in the 20-character
 * form, the holder's identity number followed by the category digit and the grade digit. The number is personal
 * data: {@link #toString()} and {@link #stored(boolean)} with {@code false} mask it as the identity number is masked.
 */
public record DisabilityCertificate(DisabilityCategory category, int grade, String number) {

    public static final int LENGTH = 20;

    public DisabilityCertificate {
        if (category == null || grade < 1 || grade > 4 || number == null || number.length() != LENGTH) {
            // names no number: a certificate must not reach a log even through an exception
            throw new IllegalArgumentException("a disability certificate needs a category, a grade of 1-4 and a "
                    + LENGTH + "-character number");
        }
    }

    /**
     * Why {@code number} is not the certificate of this category and grade held by {@code holderIdNumber}, or null
     * when it is. The messages name positions, never the number.
     */
    public static String problemWith(String number, DisabilityCategory category, int grade, String holderIdNumber) {
        if (number.length() != LENGTH) {
            return "must have " + LENGTH + " characters: the holder's 18-character identity number, the category "
                    + "digit and the grade digit";
        }
        ResidentIdNumber.Result holder = ResidentIdNumber.parse(number.substring(0, 18));
        if (!holder.valid()) {
            return "characters 1-18 are not a resident identity number: " + holder.problem();
        }
        if (!holder.number().orElseThrow().value().equals(holderIdNumber)) {
            return "characters 1-18 must be the holder's own identity number";
        }
        if (number.charAt(18) != category.digit()) {
            return "character 19 must be " + category.digit() + ", the digit of category " + category;
        }
        if (number.charAt(19) != (char) ('0' + grade)) {
            return "character 20 must be " + grade + ", the grade";
        }
        return null;
    }

    /** The number masked: the holder's identity number as every masked view shows it, then the two digits. */
    public String maskedNumber() {
        return ResidentIdNumber.mask(number.substring(0, 18)) + number.substring(18);
    }

    /** The fact value, {@code PHYSICAL:2:<number>}; with {@code clear} false the number is masked. */
    public String stored(boolean clear) {
        return category.name() + ':' + grade + ':' + (clear ? number : maskedNumber());
    }

    /** @return the certificate of a stored fact value, null for {@link FactName#NONE} */
    public static DisabilityCertificate ofStored(String value) {
        if (FactName.NONE.equals(value)) {
            return null;
        }
        int first = value.indexOf(':');
        int second = value.indexOf(':', first + 1);
        return new DisabilityCertificate(DisabilityCategory.valueOf(value.substring(0, first)),
                Integer.parseInt(value, first + 1, second, 10), value.substring(second + 1));
    }

    /** A stored value as a view or an audit record may show it: the number masked unless {@code clear}. */
    public static String storedValueFor(String value, boolean clear) {
        return clear || FactName.NONE.equals(value) ? value : ofStored(value).stored(false);
    }

    @Override
    public String toString() {
        return "DisabilityCertificate[" + stored(false) + "]";
    }
}
