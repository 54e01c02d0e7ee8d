package org.homecare.eligibility.domain;

/** {@code 138****5678}: how a phone number appears to anyone who may not see it, and in audit snapshots. */
public final class PhoneMask {

    private PhoneMask() {
    }

    public static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
