package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.homecare.contracts.events.EventCodec;
import org.homecare.eligibility.domain.Decision.RuleOutcome;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON written straight into decision rows is what Jackson wrote for the same values, the compact explanation
 * reads back as the long form; plain Java.
 */
class DecisionJsonTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 22);
    private static final UUID POLICY = UUID.fromString("b6f7c3a0-3401-4c6e-9a51-2013a0000001");
    private static final UUID OTHER = UUID.fromString("0b1c2d3e-6501-4c6e-9a51-2013a0000001");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shape the decision rows had when Jackson wrote them (nulls left out). */
    record FactsUsed(int age, String districtCode, String townshipCode, Boolean localHukou, String livingArrangement,
            String incomeStatus, Integer abilityLevel, String disabilityCategory, Integer disabilityGrade,
            LocalDate dateOfDeath) {
    }

    @Test
    void rule_lists_match_jackson_including_escapes_and_empty_lists() {
        assertThat(written(out -> DecisionJson.strings(out, List.of("R1", "R\"4", "quote\" back\\slash \t tab\nline "
                + "\u0001 \u001f \b\f\r é 合肥")))).isEqualTo(EventCodec.tree(List.of("R1", "R\"4",
                        "quote\" back\\slash \t tab\nline \u0001 \u001f \b\f\r é 合肥")).toString());
        assertThat(written(out -> DecisionJson.strings(out, List.of()))).isEqualTo("[]");
    }

    @Test
    void a_compact_explanation_reads_back_as_the_long_form_jackson_wrote() throws Exception {
        List<RuleOutcome> explanation = List.of(
                new RuleOutcome(POLICY, 2, "R1", false, List.of("age 68 < 70", "incomeStatus NONE not in [DIBAO]")),
                new RuleOutcome(POLICY, 2, "R3", true, List.of()),
                new RuleOutcome(OTHER, 1, "U1", false, List.of("quote\" back\\slash \t tab\nline \u0001 é 合肥")),
                new RuleOutcome(POLICY, 2, "R4", false, List.of("abilityLevel not assessed < 1")),
                new RuleOutcome(null, 0, null, false, List.of("no facts recorded on 2026-11-22")));
        String longForm = EventCodec.tree(explanation).toString();

        String stored = written(out -> DecisionJson.explanation(out, explanation));

        assertThat(DecisionJson.explanationView(JSON.readTree(stored))).isEqualTo(JSON.readTree(longForm));
        assertThat(DecisionJson.explanationView(JSON.readTree(written(out -> DecisionJson.explanation(out,
                List.of()))))).isEqualTo(JSON.readTree("[]"));
        // rows written before the compact form are shown as they are
        assertThat(DecisionJson.explanationView(JSON.readTree(longForm))).isEqualTo(JSON.readTree(longForm));
    }

    @Test
    void a_compact_explanation_of_a_denied_hefei_elder_is_about_half_the_long_form() {
        List<RuleOutcome> explanation = List.of(
                new RuleOutcome(POLICY, 2, "R1", false, List.of("age 68 < 70", "incomeStatus NONE not in [DIBAO]")),
                new RuleOutcome(POLICY, 2, "R2", false, List.of("age 68 < 70",
                        "livingArrangement WITH_FAMILY not in [CHILDLESS, LOST_ONLY_CHILD]")),
                new RuleOutcome(POLICY, 2, "R3", false, List.of("age 68 < 90")),
                new RuleOutcome(POLICY, 2, "R4", false, List.of(
                        "incomeStatus NONE not in [DIBAO, TEKUN, LOW_INCOME, ECONOMIC_HARDSHIP]",
                        "abilityLevel not assessed < 1")));

        String stored = written(out -> DecisionJson.explanation(out, explanation));

        assertThat(stored.length()).isLessThan(EventCodec.tree(explanation).toString().length() * 6 / 10);
    }

    @Test
    void facts_match_jackson_with_every_field_and_with_nothing_known() {
        String holder = "34010319580811002" + org.homecare.contracts.identity.ResidentIdNumber.checkCharacter(
                "34010319580811002");
        ElderFacts full = new ElderFacts(ON.minusYears(68).minusDays(3), "340103", "340103001", true,
                LivingArrangement.LOST_ONLY_CHILD, IncomeStatus.TEKUN, 3, ON.minusDays(1), "wtemk8x", "340103002",
                new DisabilityCertificate(DisabilityCategory.PHYSICAL, 2, holder + "42"));
        ElderFacts unknown = new ElderFacts(ON.minusYears(90), null, null, null, null, null, null, null, null);

        String written = written(out -> DecisionJson.factsUsed(out, full, ON));
        assertThat(written).isEqualTo(EventCodec.tree(new FactsUsed(68, "340103", "340103002", true,
                "LOST_ONLY_CHILD", "TEKUN", 3, "PHYSICAL", 2, ON.minusDays(1))).toString());
        assertThat(written).doesNotContain(holder.substring(6, 14));
        assertThat(written(out -> DecisionJson.factsUsed(out, unknown, ON))).isEqualTo(EventCodec.tree(
                new FactsUsed(90, null, null, null, null, null, null, null, null, null)).toString());
    }

    private static String written(java.util.function.Consumer<StringBuilder> writer) {
        StringBuilder out = new StringBuilder();
        writer.accept(out);
        return out.toString();
    }
}
