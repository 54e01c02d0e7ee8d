package org.homecare.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.homecare.eligibility.domain.PolicyRules.Violation;
import org.homecare.eligibility.domain.RuleSpec.ConditionSpec;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    private static List<Violation> compile(RuleSpec... rules) {
        List<Violation> violations = new ArrayList<>();
        PolicyRules.compile(List.of(rules), violations);
        return violations;
    }

    @Test
    void rejects_unknown_fact_and_unknown_operator_naming_the_field() {
        List<Violation> violations = compile(new RuleSpec("R1", null, List.of(new ConditionSpec("wealth", "GE", 1),
                new ConditionSpec("age", "BETWEEN", 70)), 100L, List.of("MEAL")));

        assertThat(violations).extracting(Violation::field)
                .containsExactly("rules[0].conditions[0].fact", "rules[0].conditions[1].op");
    }

    @Test
    void rejects_negative_or_zero_amounts_unknown_codes_and_categories() {
        List<Violation> violations = compile(
                new RuleSpec("R1", null, List.of(new ConditionSpec("incomeStatus", "IN", List.of("RICH"))), -1L,
                        List.of("SPA")),
                new RuleSpec("R1", null, List.of(new ConditionSpec("abilityLevel", "GE", 5)), 0L, List.of("MEAL")));

        assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder("rules[0].monthlyAmountFen",
                "rules[0].categories", "rules[0].conditions[0].value", "rules[1].id", "rules[1].monthlyAmountFen",
                "rules[1].conditions[0].value");
    }

    @Test
    void rejects_a_version_overlapping_an_existing_one_and_accepts_one_after_it() {
        PolicyInForce v1 = new PolicyInForce(null, "X", 1, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                new PolicyScope(List.of("340102"), List.of()), List.of());
        List<Violation> overlapping = new ArrayList<>();
        List<Violation> after = new ArrayList<>();

        PolicyRules.checkNoOverlap(LocalDate.of(2024, 12, 31), null, List.of(v1), overlapping);
        PolicyRules.checkNoOverlap(LocalDate.of(2025, 1, 1), null, List.of(v1), after);

        assertThat(overlapping).extracting(Violation::field).containsExactly("validFrom");
        assertThat(after).isEmpty();
    }

    @Test
    void age_thresholds_of_hefei_are_60_70_and_90() {
        assertThat(HefeiPolicyFixture.hefei().get(1).ageThresholds()).containsExactlyInAnyOrder(60, 70, 90);
    }

    @Test
    void outcome_changes_are_grant_change_revoke_and_nothing_for_the_same_outcome() {
        Outcome granted = new Outcome(true, 60_000, List.of(ServiceCategory.MEAL), "340102", "wtemk8x");
        Outcome moved = new Outcome(true, 60_000, List.of(ServiceCategory.MEAL), "340103", "wtemk8x");

        assertThat(granted.comparedTo(Outcome.NONE)).isEqualTo(Outcome.Change.GRANTED);
        assertThat(moved.comparedTo(granted)).isEqualTo(Outcome.Change.CHANGED);
        assertThat(Outcome.NONE.comparedTo(moved)).isEqualTo(Outcome.Change.REVOKED);
        assertThat(new Outcome(true, 60_000, List.of(ServiceCategory.MEAL), "340102", "wtemk8x").comparedTo(granted))
                .isEqualTo(Outcome.Change.UNCHANGED);
        assertThat(new Outcome(false, 0, List.of(), "340102", null).comparedTo(Outcome.NONE))
                .isEqualTo(Outcome.Change.UNCHANGED);
    }

    @Test
    void a_new_home_cell_changes_an_eligible_outcome_and_not_an_ineligible_one() {
        Outcome granted = new Outcome(true, 60_000, List.of(ServiceCategory.MEAL), "340102", null);
        Outcome located = new Outcome(true, 60_000, List.of(ServiceCategory.MEAL), "340102", "wtemk8x");
        Outcome relocated = new Outcome(true, 60_000, List.of(ServiceCategory.MEAL), "340102", "wtemm1b");

        assertThat(located.comparedTo(granted)).isEqualTo(Outcome.Change.CHANGED);
        assertThat(relocated.comparedTo(located)).isEqualTo(Outcome.Change.CHANGED);
        assertThat(new Outcome(false, 0, List.of(), "340102", "wtemm1b")
                .comparedTo(new Outcome(false, 0, List.of(), "340102", "wtemk8x"))).isEqualTo(Outcome.Change.UNCHANGED);
    }
}
