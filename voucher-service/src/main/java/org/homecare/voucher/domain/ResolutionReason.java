package org.homecare.voucher.domain;

/** A provider's explanation of a visit exception. */
public enum ResolutionReason {
    SERVICE_AWAY_FROM_HOME, GPS_FAILURE, ADDRESS_CHANGED, OTHER
}
