package org.homecare.eligibility.domain;

import java.util.List;

/**
 * A rule as written by a city-admin and stored as JSON: a conjunction of conditions granting an amount and categories.
 * {@link PolicyRules#compile} checks it.
 */
public record RuleSpec(String id, String description, List<ConditionSpec> conditions, Long monthlyAmountFen,
        List<String> categories) {

    /** {@code value} is a number (age, abilityLevel), a list of codes (IN) or a boolean (localHukou). */
    public record ConditionSpec(String fact, String op, Object value) {
    }
}
