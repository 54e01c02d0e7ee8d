package org.homecare.eligibility.domain;

/**
 * The effective-dated facts of an elder kept as history rows ({@code elder_fact.fact}). {@code HOME_CELL} is the
 * geohash cell of the home, never the point (that stays on the elder row).
 */
public enum FactName {
    DISTRICT_CODE, STREET, LOCAL_HUKOU, LIVING_ARRANGEMENT, INCOME_STATUS, HOME_CELL
}
