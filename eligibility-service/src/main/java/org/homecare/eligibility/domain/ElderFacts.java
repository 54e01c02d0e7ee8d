package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * What is known about an elder on one date, reconstructed from the histories. A field is null when nothing was in
 * force yet (before registration, or no assessment); {@code homeCell} is null while no home location was recorded.
 */
public record ElderFacts(LocalDate birthDate, String districtCode, String street, Boolean localHukou,
        LivingArrangement livingArrangement, IncomeStatus incomeStatus, Integer abilityLevel, LocalDate dateOfDeath,
        String homeCell) {

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public boolean deceasedOn(LocalDate date) {
        return dateOfDeath != null && !dateOfDeath.isAfter(date);
    }

    public boolean registeredOn() {
        return districtCode != null;
    }
}
