package org.homecare.voucher.domain;

/** Why a provider corrects a log it submitted. */
public enum CorrectionReason {
    WRONG_ITEM, WRONG_TIME, WRONG_UNITS, WRONG_CAREGIVER, DUPLICATE_ENTRY, OTHER
}
