package org.homecare.voucher.domain;

/**
 * An elder's name as a provider's client list shows it: the first character (the surname, compound surnames aside)
 * and one {@code *}, enough to tell two clients apart on the phone without spreading the name. Masking a name that is
 * masked already changes nothing, so whatever eligibility sends, voucher-service keeps no more than this.
 */
public final class MaskedName {

    private MaskedName() {
    }

    /** @return null for no name */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        // a code point, not a char: surnames outside the Basic Multilingual Plane take two
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "*";
    }
}
