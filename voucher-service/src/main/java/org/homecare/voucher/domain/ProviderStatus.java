package org.homecare.voucher.domain;

public enum ProviderStatus {
    ACTIVE, SUSPENDED, TERMINATED
}
