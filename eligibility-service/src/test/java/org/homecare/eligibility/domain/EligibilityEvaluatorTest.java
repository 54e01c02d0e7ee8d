package org.homecare.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The Hefei rules of docs/domain.md ("Eligibility") on their boundaries; plain Java, no Quarkus. */
class EligibilityEvaluatorTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 22);
    private static final String YAOHAI = "340102";

    private final EligibilityEvaluator evaluator = new EligibilityEvaluator();
    private final List<PolicyInForce> hefei = HefeiPolicyFixture.hefei();

    private static ElderFacts elder(LocalDate birth, IncomeStatus income, LivingArrangement living, Integer level) {
        return new ElderFacts(birth, YAOHAI, "340102001", true, living, income, level, null, null);
    }

    private Decision evaluate(ElderFacts facts, LocalDate on) {
        return evaluator.evaluate(facts, on, hefei);
    }

    @Test
    void dibao_elder_becomes_eligible_on_the_70th_birthday_itself_and_not_the_day_before() {
        ElderFacts facts = elder(ON.minusYears(70), IncomeStatus.DIBAO, LivingArrangement.WITH_FAMILY, 0);

        Decision dayBefore = evaluate(facts, ON.minusDays(1));
        Decision birthday = evaluate(facts, ON);

        assertThat(dayBefore.eligible()).isFalse();
        assertThat(dayBefore.revokeReason()).isEqualTo("NO_RULE_MATCHES");
        assertThat(reasonsOf(dayBefore, "R1")).containsExactly("age 69 < 70");
        assertThat(birthday.eligible()).isTrue();
        assertThat(birthday.matchedRules()).containsExactly("R1");
        assertThat(birthday.monthlyAmountFen()).isEqualTo(60_000);
        assertThat(birthday.categories()).containsExactly(ServiceCategory.REHAB, ServiceCategory.HOUSEKEEPING,
                ServiceCategory.MEAL);
        assertThat(birthday.policyId()).isEqualTo(HefeiPolicyFixture.POLICY);
        assertThat(birthday.policyVersion()).isEqualTo(2);
    }

    @Test
    void anyone_becomes_eligible_on_the_90th_birthday_itself_and_not_at_89() {
        ElderFacts facts = elder(ON.minusYears(90), IncomeStatus.NONE, LivingArrangement.WITH_FAMILY, 0);

        Decision at89 = evaluate(facts, ON.minusDays(1));
        Decision at90 = evaluate(facts, ON);

        assertThat(at89.eligible()).isFalse();
        assertThat(reasonsOf(at89, "R3")).containsExactly("age 89 < 90");
        assertThat(at90.eligible()).isTrue();
        assertThat(at90.matchedRules()).containsExactly("R3");
    }

    @ParameterizedTest
    @CsvSource({ "DIBAO, true", "TEKUN, false", "LOW_INCOME, false", "ECONOMIC_HARDSHIP, false", "NONE, false" })
    void at_70_with_family_and_intact_ability_only_dibao_qualifies(IncomeStatus income, boolean eligible) {
        Decision decision = evaluate(elder(ON.minusYears(70), income, LivingArrangement.WITH_FAMILY, 0), ON);

        assertThat(decision.eligible()).isEqualTo(eligible);
        if (!eligible) {
            assertThat(reasonsOf(decision, "R1")).containsExactly("incomeStatus " + income + " not in [DIBAO]");
        }
    }

    @ParameterizedTest
    @CsvSource({ "CHILDLESS, true", "LOST_ONLY_CHILD, true", "EMPTY_NEST, false", "ALONE, false",
            "WITH_FAMILY, false" })
    void at_70_only_elders_without_children_qualify_by_living_arrangement(LivingArrangement living,
            boolean eligible) {
        Decision decision = evaluate(elder(ON.minusYears(70), IncomeStatus.NONE, living, 0), ON);

        assertThat(decision.eligible()).isEqualTo(eligible);
        assertThat(decision.matchedRules()).isEqualTo(eligible ? List.of("R2") : List.of());
    }

    @Test
    void empty_nest_elder_whose_children_live_elsewhere_is_told_why_not() {
        Decision decision = evaluate(elder(ON.minusYears(75), IncomeStatus.NONE, LivingArrangement.EMPTY_NEST, 0), ON);

        assertThat(reasonsOf(decision, "R2"))
                .containsExactly("livingArrangement EMPTY_NEST not in [CHILDLESS, LOST_ONLY_CHILD]");
    }

    @ParameterizedTest
    @CsvSource({ "0, false", "1, true", "2, true", "3, true", "4, true" })
    void at_60_an_economically_difficult_elder_qualifies_from_ability_level_1(int level, boolean eligible) {
        Decision decision = evaluate(elder(ON.minusYears(60), IncomeStatus.LOW_INCOME, LivingArrangement.WITH_FAMILY,
                level), ON);

        assertThat(decision.eligible()).isEqualTo(eligible);
        if (eligible) {
            assertThat(decision.matchedRules()).containsExactly("R4");
        } else {
            assertThat(reasonsOf(decision, "R4")).containsExactly("abilityLevel 0 < 1");
        }
    }

    @ParameterizedTest
    @EnumSource(value = IncomeStatus.class, names = { "DIBAO", "TEKUN", "LOW_INCOME", "ECONOMIC_HARDSHIP" })
    void rule_4_accepts_every_economically_difficult_status(IncomeStatus income) {
        assertThat(evaluate(elder(ON.minusYears(65), income, LivingArrangement.WITH_FAMILY, 3), ON).matchedRules())
                .containsExactly("R4");
    }

    @Test
    void a_disabled_tekun_elder_of_59_is_too_young_and_an_unassessed_one_is_told_so() {
        Decision at59 = evaluate(elder(ON.minusYears(60).plusDays(1), IncomeStatus.TEKUN,
                LivingArrangement.WITH_FAMILY, 3), ON);
        Decision unassessed = evaluate(elder(ON.minusYears(65), IncomeStatus.TEKUN, LivingArrangement.WITH_FAMILY,
                null), ON);

        assertThat(at59.eligible()).isFalse();
        assertThat(reasonsOf(at59, "R4")).containsExactly("age 59 < 60");
        assertThat(unassessed.eligible()).isFalse();
        assertThat(reasonsOf(unassessed, "R4")).containsExactly("abilityLevel not assessed < 1");
    }

    @Test
    void rule_4_applies_only_from_2021_under_version_2() {
        ElderFacts facts = elder(LocalDate.of(1955, 1, 1), IncomeStatus.TEKUN, LivingArrangement.WITH_FAMILY, 2);

        Decision in2020 = evaluate(facts, LocalDate.of(2020, 12, 31));
        Decision in2021 = evaluate(facts, LocalDate.of(2021, 1, 1));

        assertThat(in2020.eligible()).isFalse();
        assertThat(in2020.policyVersion()).isEqualTo(1);
        assertThat(in2020.explanation()).extracting(Decision.RuleOutcome::ruleId).containsExactly("R1", "R2", "R3");
        assertThat(in2021.eligible()).isTrue();
        assertThat(in2021.policyVersion()).isEqualTo(2);
    }

    @Test
    void denied_elder_gets_every_failing_condition_of_every_rule() {
        Decision decision = evaluate(elder(ON.minusYears(68), IncomeStatus.NONE, LivingArrangement.WITH_FAMILY, null),
                ON);

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.explanation()).allMatch(outcome -> !outcome.matched());
        assertThat(reasonsOf(decision, "R1")).containsExactly("age 68 < 70", "incomeStatus NONE not in [DIBAO]");
        assertThat(reasonsOf(decision, "R2")).containsExactly("age 68 < 70",
                "livingArrangement WITH_FAMILY not in [CHILDLESS, LOST_ONLY_CHILD]");
        assertThat(reasonsOf(decision, "R3")).containsExactly("age 68 < 90");
        assertThat(reasonsOf(decision, "R4")).containsExactly(
                "incomeStatus NONE not in [DIBAO, TEKUN, LOW_INCOME, ECONOMIC_HARDSHIP]", "abilityLevel not assessed < 1");
    }

    @Test
    void an_elder_matching_several_rules_lists_them_all() {
        Decision decision = evaluate(elder(ON.minusYears(91), IncomeStatus.DIBAO, LivingArrangement.CHILDLESS, 4), ON);

        assertThat(decision.matchedRules()).containsExactly("R1", "R2", "R3", "R4");
        assertThat(decision.monthlyAmountFen()).isEqualTo(60_000);
    }

    @Test
    void death_ends_eligibility_from_the_date_of_death() {
        ElderFacts facts = new ElderFacts(ON.minusYears(92), YAOHAI, "s", true, LivingArrangement.WITH_FAMILY,
                IncomeStatus.NONE, 0, ON, null);

        assertThat(evaluate(facts, ON.minusDays(1)).eligible()).isTrue();
        Decision dead = evaluate(facts, ON);
        assertThat(dead.eligible()).isFalse();
        assertThat(dead.revokeReason()).isEqualTo("DECEASED");
        assertThat(reasonsOf(dead, "R3")).containsExactly("deceased on " + ON);
    }

    @Test
    void an_elder_outside_hefei_is_out_of_scope() {
        ElderFacts nanjing = new ElderFacts(ON.minusYears(95), "320102", "s", true, LivingArrangement.CHILDLESS,
                IncomeStatus.DIBAO, 4, null, null);

        Decision decision = evaluate(nanjing, ON);

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.revokeReason()).isEqualTo("MOVED_OUT_OF_SCOPE");
        assertThat(reasonsOf(decision, "R1")).containsExactly("districtCode 320102 not in scope [3401xx]");
    }

    @Test
    void a_29_february_birthday_reaches_70_on_1_march_in_a_common_year() {
        ElderFacts facts = elder(LocalDate.of(1956, 2, 29), IncomeStatus.DIBAO, LivingArrangement.WITH_FAMILY, 0);

        assertThat(evaluate(facts, LocalDate.of(2026, 2, 28)).eligible()).isFalse();
        assertThat(evaluate(facts, LocalDate.of(2026, 3, 1)).eligible()).isTrue();
    }

    @Test
    void the_highest_amount_wins_among_matching_rules_of_all_policies_in_scope() {
        UUID county = UUID.randomUUID();
        PolicyInForce extra = new PolicyInForce(county, "YAOHAI-TOPUP", 1, LocalDate.of(2025, 1, 1), null,
                new PolicyScope(List.of(YAOHAI), List.of()), PolicyRules.compileStored(List.of(
                        new RuleSpec("T1", null, List.of(new RuleSpec.ConditionSpec("age", "GE", 80)), 80_000L,
                                List.of("MEAL")))));
        List<PolicyInForce> both = new java.util.ArrayList<>(hefei);
        both.add(extra);

        Decision decision = evaluator.evaluate(elder(ON.minusYears(91), IncomeStatus.NONE,
                LivingArrangement.WITH_FAMILY, 0), ON, both);

        assertThat(decision.matchedRules()).containsExactly("R3", "T1");
        assertThat(decision.monthlyAmountFen()).isEqualTo(80_000);
        assertThat(decision.categories()).containsExactly(ServiceCategory.MEAL);
        assertThat(decision.policyId()).isEqualTo(county);
    }

    @Test
    void no_policy_in_force_means_not_eligible() {
        Decision decision = evaluate(elder(ON.minusYears(95), IncomeStatus.DIBAO, LivingArrangement.ALONE, 0),
                LocalDate.of(2012, 6, 1));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.revokeReason()).isEqualTo("NO_POLICY_IN_FORCE");
    }

    private static List<String> reasonsOf(Decision decision, String ruleId) {
        return decision.explanation().stream().filter(o -> o.ruleId().equals(ruleId)).findFirst().orElseThrow()
                .reasons();
    }
}
