package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homecare.eligibility.domain.RuleSpec.ConditionSpec;

/** The Hefei policy of docs/domain.md ("Eligibility") as the seed migration writes it, compiled for unit tests. */
final class HefeiPolicyFixture {

    static final UUID POLICY = UUID.fromString("b6f7c3a0-3401-4c6e-9a51-2013a0000001");
    static final List<String> ALL = List.of("REHAB", "HOUSEKEEPING", "MEAL");
    static final List<String> HARDSHIP = List.of("DIBAO", "TEKUN", "LOW_INCOME", "ECONOMIC_HARDSHIP");

    static List<PolicyInForce> hefei() {
        List<RuleSpec> v1 = List.of(
                rule("R1", new ConditionSpec("age", "GE", 70), new ConditionSpec("incomeStatus", "IN", List.of("DIBAO"))),
                rule("R2", new ConditionSpec("age", "GE", 70),
                        new ConditionSpec("livingArrangement", "IN", List.of("CHILDLESS", "LOST_ONLY_CHILD"))),
                rule("R3", new ConditionSpec("age", "GE", 90)));
        List<RuleSpec> v2 = new ArrayList<>(v1);
        v2.add(rule("R4", new ConditionSpec("age", "GE", 60), new ConditionSpec("incomeStatus", "IN", HARDSHIP),
                new ConditionSpec("abilityLevel", "GE", 1)));
        PolicyScope scope = new PolicyScope(List.of(), List.of("3401"));
        return List.of(
                new PolicyInForce(POLICY, "HEFEI", 1, LocalDate.of(2013, 1, 1), LocalDate.of(2020, 12, 31), scope,
                        PolicyRules.compileStored(v1)),
                new PolicyInForce(POLICY, "HEFEI", 2, LocalDate.of(2021, 1, 1), null, scope,
                        PolicyRules.compileStored(v2)));
    }

    static RuleSpec rule(String id, ConditionSpec... conditions) {
        return new RuleSpec(id, null, List.of(conditions), 60_000L, ALL);
    }

    private HefeiPolicyFixture() {
    }
}
