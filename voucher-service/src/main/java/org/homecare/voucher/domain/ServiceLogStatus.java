package org.homecare.voucher.domain;

public enum ServiceLogStatus {
    ACCEPTED, REJECTED, VOIDED
}
