package org.homecare.voucher.domain;

/**
 * The 16-digit number on a voucher card, for an elder or a caregiver to read out and a back office to type: the
 * city's prefix, the voucher's number from a sequence, zero-padded, and a Luhn check digit. The check digit catches
 * every single mistyped digit and most swaps of two neighbours before a log is decided on the wrong voucher.
 */
public record CardNumber(String digits) {

    public static final int LENGTH = 16;
    /** Room a prefix must leave for the vouchers' numbers: a million cards at the least. */
    public static final int MIN_NUMBER_DIGITS = 6;
    public static final int MAX_PREFIX_LENGTH = LENGTH - 1 - MIN_NUMBER_DIGITS;

    /** @throws MalformedCardNumberException unless 16 digits whose last is the Luhn check digit of the others */
    public CardNumber {
        if (digits == null || digits.length() != LENGTH || !allDigits(digits)) {
            throw new MalformedCardNumberException("must be " + LENGTH + " digits");
        }
        if (checkDigit(digits.substring(0, LENGTH - 1)) != digits.charAt(LENGTH - 1) - '0') {
            throw new MalformedCardNumberException("has a wrong check digit");
        }
    }

    public static CardNumber parse(String text) {
        return new CardNumber(text);
    }

    /**
     * The card of the voucher numbered {@code number} under the city's prefix.
     *
     * @throws IllegalArgumentException for a prefix that is not 1 to {@value #MAX_PREFIX_LENGTH} digits, or a number
     *             that does not fit beside it
     */
    public static CardNumber issue(String prefix, long number) {
        checkPrefix(prefix);
        int width = LENGTH - 1 - prefix.length();
        String padded = String.format("%0" + width + "d", number);
        if (number < 0 || padded.length() > width) {
            throw new IllegalArgumentException("voucher number " + number + " does not fit in " + width
                    + " digits after prefix " + prefix);
        }
        String payload = prefix + padded;
        return new CardNumber(payload + checkDigit(payload));
    }

    /** @throws IllegalArgumentException for a prefix that is not 1 to {@value #MAX_PREFIX_LENGTH} digits */
    public static void checkPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty() || prefix.length() > MAX_PREFIX_LENGTH || !allDigits(prefix)) {
            throw new IllegalArgumentException("a card prefix is 1 to " + MAX_PREFIX_LENGTH
                    + " digits, leaving room for the vouchers' numbers: " + prefix);
        }
    }

    /**
     * The Luhn check digit to append to the digits: every second digit from the right, starting with the rightmost,
     * is doubled (its digits summed), and the check digit brings the sum to a multiple of ten.
     */
    public static int checkDigit(CharSequence payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new MalformedCardNumberException("must be digits only");
            }
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return digits;
    }
}
