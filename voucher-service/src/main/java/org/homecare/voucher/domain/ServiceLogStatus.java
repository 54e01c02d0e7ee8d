package org.homecare.voucher.domain;

public enum ServiceLogStatus {
    ACCEPTED, REJECTED, VOIDED,
    /** replaced by a corrected version (a new log under the same providerLogId), its debit reversed */
    CORRECTED
}
