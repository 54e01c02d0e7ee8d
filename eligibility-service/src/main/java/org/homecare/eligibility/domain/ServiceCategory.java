package org.homecare.eligibility.domain;

/** The three service categories a grant may be spent on, in their canonical order. */
public enum ServiceCategory {
    REHAB, HOUSEKEEPING, MEAL
}
