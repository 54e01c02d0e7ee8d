package org.homecare.settlement.domain;

import java.util.regex.Pattern;

/** The checks shared by the parties of a bank transfer: account numbers, CNAPS bank codes, BICs and names. */
final class BankDetails {

    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9]{1,34}");
    /** A CNAPS (China National Advanced Payment System) bank code: 12 digits. */
    private static final Pattern CNAPS_CODE = Pattern.compile("[0-9]{12}");
    /** ISO 9362 BIC, 8 or 11 characters. */
    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private BankDetails() {
    }

    static String accountNumber(String field, String value) {
        return matching(field, value, ACCOUNT_NUMBER, "1 to 34 digits");
    }

    static String cnapsCode(String field, String value) {
        return matching(field, value, CNAPS_CODE, "a CNAPS bank code of 12 digits");
    }

    static String bic(String field, String value) {
        return matching(field, value, BIC, "a BIC of 8 or 11 letters and digits");
    }

    /**
     * A name a bank file can carry: not blank, no control characters, no unpaired surrogates and no code point XML 1.0
     * cannot hold. Such a name is refused, not cleaned, so a creditor is never paid under a name nobody entered.
     */
    static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairedSurrogate) {
                i++;
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                throw new IllegalArgumentException(field + " holds a character a bank file cannot carry at index " + i);
            }
        }
        return value;
    }

    private static String matching(String field, String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be " + expected);
        }
        return value;
    }
}
