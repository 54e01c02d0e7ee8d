package org.homecare.voucher.domain;

/** Why a log is held: visit verification that failed but may have an explanation (docs/domain.md, "Visit exceptions"). */
public enum VisitExceptionCode {
    /** logged farther from the elder's home cell than the tolerance, or without a location while the home is known */
    LOCATION_MISMATCH,
    /** shorter than the item's minimum, or more hours billed than the visit lasted */
    DURATION_SHORT,
    /** SMS_CODE confirmation whose code is missing, wrong, used before or outside its validity */
    CONFIRMATION_FAILED
}
