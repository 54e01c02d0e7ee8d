package org.homecare.provider.service;

/** {@code 0551****5678}: a phone as shown to roles that may not see it and as written to the audit trail. */
public final class PhoneMask {

    public static String mask(String phone) {
        if (phone == null || phone.length() < 8) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    private PhoneMask() {
    }
}
