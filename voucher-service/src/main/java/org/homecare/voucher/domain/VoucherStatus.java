package org.homecare.voucher.domain;

public enum VoucherStatus {
    ACTIVE, SUSPENDED, CLOSED
}
