package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A compiled rule: all conditions must hold; it then grants the amount and categories. */
public record Rule(String id, String description, List<Condition> conditions, long monthlyAmountFen,
        List<ServiceCategory> categories) {

    /** @return every failing condition's reason; empty when the rule matches */
    public List<String> failures(ElderFacts facts, LocalDate on) {
        // a loop, not a stream: re-certification calls this for every rule of every elder
        List<String> failures = null;
        for (Condition condition : conditions) {
            String failure = condition.failure(facts, on);
            if (failure != null) {
                if (failures == null) {
                    failures = new ArrayList<>(conditions.size());
                }
                failures.add(failure);
            }
        }
        return failures == null ? List.of() : Collections.unmodifiableList(failures);
    }
}
