package org.homecare.eligibility.domain;

/** Codes of docs/domain.md ("Eligibility"): 低保, 特困, 低收入, 经济困难, none. */
public enum IncomeStatus {
    DIBAO, TEKUN, LOW_INCOME, ECONOMIC_HARDSHIP, NONE
}
