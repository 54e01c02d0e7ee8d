package org.homecare.voucher.domain;

public enum LedgerEntryType {
    CREDIT, DEBIT, REVERSAL, EXPIRY,
    /** a month's leftover moved into the next month (carry-over until the year's end): out of one, into the other */
    CARRY_OVER
}
