package org.homecare.voucher.domain;

import java.util.UUID;

/** A debit the balance does not cover; the validator prevents it, so reaching this is a programming error. */
public class InsufficientBalanceException extends IllegalStateException {
    public InsufficientBalanceException(UUID voucherId, long balanceFen, long debitFen) {
        super("voucher " + voucherId + " has " + balanceFen + " fen, cannot debit " + debitFen);
    }
}
