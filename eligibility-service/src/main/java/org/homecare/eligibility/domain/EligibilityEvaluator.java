package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates an elder's facts on a date against the policy versions in force. Plain Java: no database, no clock.
 * Where several rules match, the highest amount wins (the first written on a tie).
 */
public final class EligibilityEvaluator {

    public static final String DECEASED = "DECEASED";
    public static final String NO_RULE_MATCHES = "NO_RULE_MATCHES";
    public static final String MOVED_OUT_OF_SCOPE = "MOVED_OUT_OF_SCOPE";
    public static final String NO_POLICY_IN_FORCE = "NO_POLICY_IN_FORCE";
    public static final String NOT_REGISTERED = "NOT_REGISTERED";

    private record Match(PolicyInForce policy, Rule rule) {
    }

    public Decision evaluate(ElderFacts facts, LocalDate on, List<PolicyInForce> policies) {
        // loops rather than streams here: re-certification evaluates a million elders in a row
        List<PolicyInForce> inForce = new ArrayList<>(policies.size());
        for (PolicyInForce policy : policies) {
            if (policy.inForceOn(on)) {
                inForce.add(policy);
            }
        }
        if (inForce.isEmpty()) {
            return denied(on, facts, null, List.of(), NO_POLICY_IN_FORCE);
        }
        PolicyInForce first = inForce.get(0);
        if (!facts.registeredOn()) {
            return denied(on, facts, first, everyRule(inForce, "no facts recorded on " + on), NOT_REGISTERED);
        }
        if (facts.deceasedOn(on)) {
            return denied(on, facts, first, everyRule(inForce, "deceased on " + facts.dateOfDeath()), DECEASED);
        }
        List<PolicyInForce> inScope = new ArrayList<>(inForce.size());
        for (PolicyInForce policy : inForce) {
            if (policy.scope().contains(facts.districtCode(), facts.townshipCode())) {
                inScope.add(policy);
            }
        }
        if (inScope.isEmpty()) {
            List<Decision.RuleOutcome> explanation = new ArrayList<>();
            for (PolicyInForce policy : inForce) {
                String reason = outOfScope(facts, policy.scope());
                policy.rules().forEach(rule -> explanation.add(
                        new Decision.RuleOutcome(policy.policyId(), policy.version(), rule.id(), false, List.of(reason))));
            }
            return denied(on, facts, first, explanation, MOVED_OUT_OF_SCOPE);
        }
        List<Decision.RuleOutcome> explanation = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        for (PolicyInForce policy : inScope) {
            for (Rule rule : policy.rules()) {
                List<String> failures = rule.failures(facts, on);
                explanation.add(new Decision.RuleOutcome(policy.policyId(), policy.version(), rule.id(),
                        failures.isEmpty(), failures));
                if (failures.isEmpty()) {
                    matches.add(new Match(policy, rule));
                }
            }
        }
        if (matches.isEmpty()) {
            return denied(on, facts, inScope.get(0), explanation, NO_RULE_MATCHES);
        }
        // on equal amounts the first rule written wins
        Match winner = matches.get(0);
        List<String> matched = new ArrayList<>(matches.size());
        for (Match match : matches) {
            if (match.rule().monthlyAmountFen() > winner.rule().monthlyAmountFen()) {
                winner = match;
            }
            matched.add(match.rule().id());
        }
        return new Decision(on, true, winner.rule().monthlyAmountFen(), winner.rule().categories(),
                winner.policy().policyId(), winner.policy().version(), facts.districtCode(), facts.homeCell(), matched,
                explanation, null);
    }

    /**
     * {@code districtCode 340121 and township 340121101 not in scope [340102, 340121100]}; the township is named only
     * where the scope lists townships.
     */
    private static String outOfScope(ElderFacts facts, PolicyScope scope) {
        if (!scope.listsTownships()) {
            return "districtCode " + facts.districtCode() + " not in scope " + scope.describe();
        }
        if (facts.townshipCode() == null) {
            return "districtCode " + facts.districtCode() + " not in scope " + scope.describe() + ", "
                    + Condition.NO_TOWNSHIP;
        }
        return "districtCode " + facts.districtCode() + " and township " + facts.townshipCode() + " not in scope "
                + scope.describe();
    }

    private static List<Decision.RuleOutcome> everyRule(List<PolicyInForce> policies, String reason) {
        List<Decision.RuleOutcome> explanation = new ArrayList<>();
        for (PolicyInForce policy : policies) {
            policy.rules().forEach(rule -> explanation.add(
                    new Decision.RuleOutcome(policy.policyId(), policy.version(), rule.id(), false, List.of(reason))));
        }
        return explanation;
    }

    private static Decision denied(LocalDate on, ElderFacts facts, PolicyInForce policy,
            List<Decision.RuleOutcome> explanation, String reason) {
        return new Decision(on, false, 0, List.of(), policy == null ? null : policy.policyId(),
                policy == null ? null : policy.version(), facts.districtCode(), facts.homeCell(), List.of(), explanation,
                reason);
    }
}
