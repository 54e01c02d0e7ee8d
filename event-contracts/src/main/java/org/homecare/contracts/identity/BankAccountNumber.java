package org.homecare.contracts.identity;

/** How a bank account number is shown to whoever does not pay to it, in every service. */
public final class BankAccountNumber {

    private BankAccountNumber() {
    }

    /**
     * A mask that cannot be rebuilt: at most the first four and the last four digits of a long number, never half of
     * a short one, in a fixed pattern that hides the length too ({@code 6222 **** **** 1234};
     * {@code **** **** **** 5678} for 12 to 15 digits, {@code **** **** **** 78} below).
     */
    public static String mask(String number) {
        int length = number.length();
        String head = length >= 16 ? number.substring(0, 4) : "****";
        return head + " **** **** " + number.substring(length - (length >= 12 ? 4 : 2));
    }
}
