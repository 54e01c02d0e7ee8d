package org.homecare.eligibility.domain;

/**
 * The effective-dated facts of an elder kept as history rows ({@code elder_fact.fact}). {@code HOME_CELL} is the
 * geohash cell of the home, never the point (that stays on the elder row). {@code TOWNSHIP_CODE} and
 * {@code DISABILITY_CERTIFICATE} may be ended: a row with the value {@code NONE} says none is in force from its date.
 * A certificate's value is {@link DisabilityCertificate#stored(boolean) category:grade:number}.
 */
public enum FactName {
    DISTRICT_CODE, STREET, LOCAL_HUKOU, LIVING_ARRANGEMENT, INCOME_STATUS, HOME_CELL, TOWNSHIP_CODE,
    DISABILITY_CERTIFICATE;

    /** The value of a row that ends a fact which may be ended. */
    public static final String NONE = "NONE";
}
