package org.homecare.voucher.domain;

/**
 * {@code 138****5678}: a phone as every view, record and audit row of voucher-service shows it, enough for the elder
 * to recognise the number without it being spread.
 */
public final class MaskedPhone {

    private MaskedPhone() {
    }

    /** @return null for no phone; {@code ****} for one too short to keep any digit of */
    public static String of(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.strip();
        if (digits.length() < 8) {
            return "****";
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }
}
