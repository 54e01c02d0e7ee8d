package org.homecare.voucher.domain;

/** In the order of docs/domain.md ("Service logs"); a rejection lists its reasons in this order. */
public enum RejectionReason {
    VOUCHER_NOT_FOUND,
    VOUCHER_NOT_ACTIVE,
    PROVIDER_NOT_ACTIVE,
    NO_CONTRACT_FOR_ITEM,
    DISTRICT_NOT_SERVED,
    CATEGORY_NOT_ALLOWED,
    CAREGIVER_NOT_OF_PROVIDER,
    INVALID_TIME_RANGE,
    IN_FUTURE,
    SUBMITTED_TOO_LATE,
    PERIOD_CLOSED,
    CAREGIVER_OVERLAP,
    DUPLICATE_SERVICE,
    VOUCHER_BALANCE_INSUFFICIENT
}
