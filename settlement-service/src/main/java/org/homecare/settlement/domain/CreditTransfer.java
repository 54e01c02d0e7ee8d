package org.homecare.settlement.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One bank transfer of a settlement period: what a provider's approved statement is owed, to the provider's account.
 * The statement id identifies the transfer end to end.
 */
public record CreditTransfer(UUID statementId, long amountFen, String creditorName, String creditorAccount,
        String creditorBankCode, String creditorBankName) {

    public CreditTransfer {
        Objects.requireNonNull(statementId, "statementId");
        if (amountFen <= 0) {
            throw new IllegalArgumentException("a transfer is at least 1 fen, statement " + statementId + " has "
                    + amountFen);
        }
        BankDetails.name("creditorName", creditorName);
        BankDetails.accountNumber("creditorAccount", creditorAccount);
        BankDetails.cnapsCode("creditorBankCode", creditorBankCode);
        BankDetails.name("creditorBankName", creditorBankName);
    }
}
