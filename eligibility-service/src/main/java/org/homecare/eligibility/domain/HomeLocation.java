package org.homecare.eligibility.domain;

import org.homecare.contracts.geo.Geohash;

/**
 * The point of an elder's home as a caseworker records it with the address. Personal data: it stays on the elder row;
 * facts, decisions, events, views and audit records carry only its {@link #cell()}, a block of about 150 m.
 */
public record HomeLocation(double latitude, double longitude) {

    public HomeLocation {
        // the message names no number: a point must not reach a log even through an exception
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("a home location needs a latitude of -90..90 and a longitude of -180..180");
        }
    }

    /** The geohash cell voucher-service checks visits against. */
    public String cell() {
        return Geohash.encode(latitude, longitude, Geohash.HOME_CELL_PRECISION);
    }

    /** The cell only, so that a record printed anywhere shows no point. */
    @Override
    public String toString() {
        return "HomeLocation[cell=" + cell() + "]";
    }
}
