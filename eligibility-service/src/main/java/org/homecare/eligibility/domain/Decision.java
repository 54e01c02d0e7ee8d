package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of evaluating one elder on one date, with the reason for every rule so a caseworker or an auditor can
 * read why. {@code revokeReason} says why an ineligible elder is not eligible (DECEASED, NO_RULE_MATCHES,
 * MOVED_OUT_OF_SCOPE, NO_POLICY_IN_FORCE, NOT_REGISTERED). {@code districtCode} and {@code homeCell} are where the elder
 * lives on that date: no rule reads the cell, but it travels with the outcome.
 */
public record Decision(LocalDate asOf, boolean eligible, long monthlyAmountFen, List<ServiceCategory> categories,
        UUID policyId, Integer policyVersion, String districtCode, String homeCell, List<String> matchedRules,
        List<RuleOutcome> explanation, String revokeReason) {

    public record RuleOutcome(UUID policyId, int policyVersion, String ruleId, boolean matched, List<String> reasons) {
    }

    public Outcome outcome() {
        return new Outcome(eligible, eligible ? monthlyAmountFen : 0, eligible ? categories : List.of(),
                districtCode, homeCell);
    }
}
