package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A compiled rule: all conditions must hold; it then grants the amount and categories. */
public record Rule(String id, String description, List<Condition> conditions, long monthlyAmountFen,
        List<ServiceCategory> categories) {

    /** @return every failing condition's reason; empty when the rule matches */
    public List<String> failures(ElderFacts facts, LocalDate on) {
        return conditions.stream().map(c -> c.failure(facts, on)).filter(Objects::nonNull).toList();
    }
}
