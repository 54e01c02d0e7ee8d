package org.homecare.eligibility.domain;

/** The effective-dated facts of an elder kept as history rows ({@code elder_fact.fact}). */
public enum FactName {
    DISTRICT_CODE, STREET, LOCAL_HUKOU, LIVING_ARRANGEMENT, INCOME_STATUS
}
