package org.homecare.eligibility.domain;

/**
 * {@code 张*}: the surname (the first character; compound surnames keep only their first) and one {@code *}, whatever
 * the length of the given name, so the mask tells neither the given name nor its length. What a provider's client
 * list shows, through the grant events.
 */
public final class NameMask {

    private NameMask() {
    }

    public static String surnameOnly(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        return new String(Character.toChars(trimmed.codePointAt(0))) + "*";
    }
}
