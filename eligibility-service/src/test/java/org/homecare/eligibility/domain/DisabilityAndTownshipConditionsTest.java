package org.homecare.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.eligibility.domain.PolicyRules.Violation;
import org.homecare.eligibility.domain.RuleSpec.ConditionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Disability certificate and township conditions, and township scopes; plain Java, no Quarkus. */
class DisabilityAndTownshipConditionsTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 22);
    private static final String CHANGFENG = "340121";
    private static final String HOLDER = "34012119500314002" + ResidentIdNumber.checkCharacter("34012119500314002");

    private final EligibilityEvaluator evaluator = new EligibilityEvaluator();

    private static ElderFacts elder(String district, String township, DisabilityCertificate certificate) {
        return new ElderFacts(ON.minusYears(66), district, "s", true, LivingArrangement.WITH_FAMILY,
                IncomeStatus.NONE, 0, null, null, township, certificate);
    }

    private static DisabilityCertificate certificate(DisabilityCategory category, int grade) {
        return new DisabilityCertificate(category, grade, HOLDER + category.digit() + grade);
    }

    private static PolicyInForce policy(PolicyScope scope, ConditionSpec... conditions) {
        return new PolicyInForce(UUID.randomUUID(), "TEST", 1, LocalDate.of(2020, 1, 1), null, scope,
                PolicyRules.compileStored(List.of(new RuleSpec("D1", null, List.of(conditions), 50_000L,
                        List.of("MEAL")))));
    }

    private static PolicyInForce anywhere(ConditionSpec... conditions) {
        return policy(new PolicyScope(List.of(), List.of("34")), conditions);
    }

    private List<String> reasons(ElderFacts facts, PolicyInForce policy) {
        Decision decision = evaluator.evaluate(facts, ON, List.of(policy));
        return decision.explanation().get(0).reasons();
    }

    @ParameterizedTest
    @CsvSource({ "1, true", "2, true", "3, false", "4, false" })
    void disability_grade_at_most_2_admits_the_severe_grades_1_and_2(int grade, boolean eligible) {
        PolicyInForce severe = anywhere(new ConditionSpec("disabilityGrade", "LE", 2));
        ElderFacts facts = elder(CHANGFENG, null, certificate(DisabilityCategory.PHYSICAL, grade));

        Decision decision = evaluator.evaluate(facts, ON, List.of(severe));

        assertThat(decision.eligible()).isEqualTo(eligible);
        assertThat(decision.explanation().get(0).reasons())
                .isEqualTo(eligible ? List.of() : List.of("disability grade " + grade + " > 2"));
    }

    @Test
    void disability_category_must_be_one_of_the_set() {
        PolicyInForce seeingOrMoving = anywhere(
                new ConditionSpec("disabilityCategory", "IN", List.of("VISUAL", "PHYSICAL")));

        assertThat(reasons(elder(CHANGFENG, null, certificate(DisabilityCategory.VISUAL, 3)), seeingOrMoving))
                .isEmpty();
        assertThat(reasons(elder(CHANGFENG, null, certificate(DisabilityCategory.HEARING, 1)), seeingOrMoving))
                .containsExactly("disability category HEARING not in [VISUAL, PHYSICAL]");
    }

    @Test
    void an_elder_without_a_certificate_fails_every_disability_condition_saying_so() {
        PolicyInForce both = anywhere(new ConditionSpec("disabilityGrade", "LE", 4),
                new ConditionSpec("disabilityCategory", "IN", List.of("MULTIPLE")));

        Decision decision = evaluator.evaluate(elder(CHANGFENG, null, null), ON, List.of(both));

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.revokeReason()).isEqualTo("NO_RULE_MATCHES");
        assertThat(decision.explanation().get(0).reasons())
                .containsExactly("no disability certificate", "no disability certificate");
    }

    @Test
    void township_in_a_set_matches_only_the_listed_townships() {
        PolicyInForce seat = anywhere(new ConditionSpec("townshipCode", "IN", List.of("340121100", "340122100")));

        assertThat(reasons(elder(CHANGFENG, "340121100", null), seat)).isEmpty();
        assertThat(reasons(elder(CHANGFENG, "340121101", null), seat))
                .containsExactly("township 340121101 not in [340121100, 340122100]");
        assertThat(reasons(elder(CHANGFENG, null, null), seat)).containsExactly("no township recorded");
    }

    @Test
    void township_with_a_prefix_matches_every_township_under_it() {
        PolicyInForce changfeng = anywhere(
                new ConditionSpec("townshipCode", "STARTS_WITH", List.of("340121", "3401221")));

        assertThat(reasons(elder(CHANGFENG, "340121101", null), changfeng)).isEmpty();
        assertThat(reasons(elder("340122", "340122105", null), changfeng)).isEmpty();
        assertThat(reasons(elder("340122", "340122201", null), changfeng))
                .containsExactly("township 340122201 not in [340121xxx, 3401221xx]");
        assertThat(reasons(elder(CHANGFENG, null, null), changfeng)).containsExactly("no township recorded");
    }

    @Test
    void a_scope_listing_a_township_covers_its_elders_and_not_those_of_other_townships_of_the_district() {
        PolicyInForce seatTown = policy(new PolicyScope(List.of("340102"), List.of(), List.of("340121100")),
                new ConditionSpec("age", "GE", 60));

        Decision inSeat = evaluator.evaluate(elder(CHANGFENG, "340121100", null), ON, List.of(seatTown));
        Decision elsewhere = evaluator.evaluate(elder(CHANGFENG, "340121101", null), ON, List.of(seatTown));
        Decision noTownship = evaluator.evaluate(elder(CHANGFENG, null, null), ON, List.of(seatTown));
        Decision listedDistrict = evaluator.evaluate(elder("340102", null, null), ON, List.of(seatTown));

        assertThat(inSeat.eligible()).isTrue();
        assertThat(elsewhere.eligible()).isFalse();
        assertThat(elsewhere.revokeReason()).isEqualTo("MOVED_OUT_OF_SCOPE");
        assertThat(elsewhere.explanation().get(0).reasons())
                .containsExactly("districtCode 340121 and township 340121101 not in scope [340102, 340121100]");
        assertThat(noTownship.explanation().get(0).reasons())
                .containsExactly("districtCode 340121 not in scope [340102, 340121100], no township recorded");
        assertThat(listedDistrict.eligible()).isTrue();
    }

    @Test
    void a_scope_listing_a_district_covers_every_township_of_it() {
        PolicyScope scope = new PolicyScope(List.of(CHANGFENG), List.of("3402"), List.of("340122100"));

        assertThat(scope.contains(CHANGFENG, "340121101")).isTrue();
        assertThat(scope.contains(CHANGFENG, null)).isTrue();
        assertThat(scope.contains("340202", "340202001")).isTrue();
        assertThat(scope.contains("340122", "340122100")).isTrue();
        assertThat(scope.contains("340122", "340122101")).isFalse();
        assertThat(scope.describe()).isEqualTo("[340121, 3402xx, 340122100]");
    }

    @Test
    void rejects_wrong_operators_and_values_of_the_new_conditions_naming_each_field() {
        List<Violation> violations = new ArrayList<>();
        PolicyRules.compile(List.of(new RuleSpec("D1", null, List.of(
                new ConditionSpec("disabilityGrade", "GE", 2),
                new ConditionSpec("disabilityGrade", "LE", 5),
                new ConditionSpec("disabilityGrade", "LE", 0),
                new ConditionSpec("disabilityCategory", "IN", List.of("BLIND")),
                new ConditionSpec("townshipCode", "IN", List.of("340121")),
                new ConditionSpec("townshipCode", "STARTS_WITH", List.of("3401211001")),
                new ConditionSpec("townshipCode", "EQ", "340121100")), 100L, List.of("MEAL"))), violations);

        assertThat(violations).extracting(Violation::field).containsExactly("rules[0].conditions[0].op",
                "rules[0].conditions[1].value", "rules[0].conditions[2].value", "rules[0].conditions[3].value",
                "rules[0].conditions[4].value", "rules[0].conditions[5].value", "rules[0].conditions[6].op");
        assertThat(violations.get(0).message()).contains("use LE");
        assertThat(violations.get(3).message()).contains("unknown code 'BLIND'");
    }

    @Test
    void a_scope_may_name_townships_only_and_each_must_have_9_digits() {
        List<Violation> townshipsOnly = new ArrayList<>();
        List<Violation> wrong = new ArrayList<>();
        List<Violation> empty = new ArrayList<>();

        PolicyRules.checkScope(new PolicyScope(null, null, List.of("340121100")), townshipsOnly);
        PolicyRules.checkScope(new PolicyScope(null, null, List.of("34012110", "0340121100")), wrong);
        PolicyRules.checkScope(new PolicyScope(null, null, null), empty);

        assertThat(townshipsOnly).isEmpty();
        assertThat(wrong).extracting(Violation::field).containsExactly("scope.townshipCodes[0]",
                "scope.townshipCodes[1]");
        assertThat(empty).extracting(Violation::message)
                .containsExactly("needs at least one district code, district prefix or township code");
    }
}
