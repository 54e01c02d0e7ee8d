package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One version of one policy with its compiled rules, as the evaluator uses it. */
public record PolicyInForce(UUID policyId, String policyCode, int version, LocalDate validFrom, LocalDate validTo,
        PolicyScope scope, List<Rule> rules) {

    public boolean inForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public List<Integer> ageThresholds() {
        return rules.stream().flatMap(r -> r.conditions().stream()).map(Condition::ageThreshold)
                .filter(Objects::nonNull).distinct().toList();
    }
}
