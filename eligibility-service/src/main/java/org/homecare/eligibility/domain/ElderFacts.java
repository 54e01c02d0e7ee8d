package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * What is known about an elder on one date, reconstructed from the histories. A field is null when nothing was in
 * force yet (before registration, or no assessment); {@code homeCell} is null while no home location was recorded,
 * {@code townshipCode} while no township was, {@code disabilityCertificate} while no certificate is in force.
 */
public record ElderFacts(LocalDate birthDate, String districtCode, String street, Boolean localHukou,
        LivingArrangement livingArrangement, IncomeStatus incomeStatus, Integer abilityLevel, LocalDate dateOfDeath,
        String homeCell, String townshipCode, DisabilityCertificate disabilityCertificate) {

    /** Facts without a township or a disability certificate. */
    public ElderFacts(LocalDate birthDate, String districtCode, String street, Boolean localHukou,
            LivingArrangement livingArrangement, IncomeStatus incomeStatus, Integer abilityLevel, LocalDate dateOfDeath,
            String homeCell) {
        this(birthDate, districtCode, street, localHukou, livingArrangement, incomeStatus, abilityLevel, dateOfDeath,
                homeCell, null, null);
    }

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
