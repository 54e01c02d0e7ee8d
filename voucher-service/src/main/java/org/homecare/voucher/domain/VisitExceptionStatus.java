package org.homecare.voucher.domain;

/** OPEN until the provider resolves it; city-admin may then accept or reject the resolution. */
public enum VisitExceptionStatus {
    OPEN, RESOLVED, ACCEPTED, REJECTED,
    /** left unresolved when the month's window ended: the log was voided and is never paid */
    VOIDED
}
