package org.homecare.voucher.domain;

public enum LedgerEntryType {
    CREDIT, DEBIT, REVERSAL, EXPIRY
}
