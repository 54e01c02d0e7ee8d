package org.homecare.provider.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What identifies a payee account: the holder's name (户名), the bank, its 12-digit CNAPS code (联行号) and the
 * account number (digits only, 8 to 32). {@link #problems} says what is wrong with one, field by field.
 */
public record PayeeDetails(String accountName, String bankName, String bankCode, String accountNumber,
        String nameReason) {

    private static final Pattern CNAPS = Pattern.compile("[0-9]{12}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9]{8,32}");

    /** A field and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    /**
     * @param registeredName the provider's registered name, which the account name must equal unless a reason is
     *            given (an account held under a former name, a branch's name)
     */
    public List<Problem> problems(String registeredName) {
        List<Problem> problems = new ArrayList<>();
        if (!CNAPS.matcher(bankCode).matches()) {
            problems.add(new Problem("bankCode", "must be the 12-digit CNAPS bank code"));
        }
        if (!ACCOUNT_NUMBER.matcher(accountNumber).matches()) {
            problems.add(new Problem("accountNumber", "must be 8 to 32 digits, without spaces or letters"));
        }
        if (!accountName.equals(registeredName) && (nameReason == null || nameReason.isBlank())) {
            problems.add(new Problem("accountName",
                    "must equal the provider's registered name, or a reason must be given"));
        }
        return problems;
    }
}
