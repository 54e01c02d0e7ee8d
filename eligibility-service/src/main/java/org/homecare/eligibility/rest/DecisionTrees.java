package org.homecare.eligibility.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the JSON a decision answers as trees ({@link ElderViews.EligibilityView}): the OpenAPI document
 * describes them with these records, the service writes them with {@code DecisionJson}.
 */
final class DecisionTrees {

    @Schema(name = "RuleOutcome", description = "How one rule of a policy version judged the elder")
    record RuleOutcome(@Schema(nullable = true) UUID policyId, int policyVersion,
            @Schema(nullable = true) String ruleId, boolean matched,
            @Schema(description = "Why the rule failed, e.g. \"age 68 < 70\"") List<String> reasons) {
    }

    @Schema(name = "FactsUsed",
            description = "The facts the decision read (no identity number, name, phone or certificate number)")
    record FactsUsed(int age, @Schema(nullable = true) String districtCode,
            @Schema(nullable = true, description = "Left out while no township is recorded") String townshipCode,
            @Schema(nullable = true) Boolean localHukou,
            @Schema(nullable = true) String livingArrangement, @Schema(nullable = true) String incomeStatus,
            @Schema(nullable = true) Integer abilityLevel,
            @Schema(nullable = true, description = "Left out while no disability certificate is in force")
            String disabilityCategory,
            @Schema(nullable = true, description = "1 (most severe) to 4") Integer disabilityGrade,
            @Schema(nullable = true) LocalDate dateOfDeath) {
    }

    private DecisionTrees() {
    }
}
