package org.homecare.eligibility.service;

import java.time.LocalDate;
import java.util.List;

import org.homecare.eligibility.domain.Decision;
import org.homecare.eligibility.domain.ElderFacts;

/**
 * The JSON texts of a decision row (matched rules, explanation, facts used), written straight into a buffer: a
 * re-certification writes one row per elder, and building a Jackson tree per text only to print it cost more than
 * the evaluation. The output is what {@code EventCodec.tree(value).toString()} gives for the same values (fields in
 * declaration order, nulls left out), which {@code DecisionJsonTest} checks.
 */
final class DecisionJson {

    private DecisionJson() {
    }

    /** Matched rules {@code ["R1","R3"]}, reasons. */
    static void strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, values.get(i));
        }
        out.append(']');
    }

    /** {@code [{"policyId":..,"policyVersion":2,"ruleId":"R1","matched":false,"reasons":["age 68 < 70"]}, ..]} */
    static void explanation(StringBuilder out, List<Decision.RuleOutcome> outcomes) {
        out.append('[');
        for (int i = 0; i < outcomes.size(); i++) {
            Decision.RuleOutcome outcome = outcomes.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append('{');
            boolean first = true;
            if (outcome.policyId() != null) {
                out.append("\"policyId\":\"").append(outcome.policyId()).append('"');
                first = false;
            }
            out.append(first ? "" : ",").append("\"policyVersion\":").append(outcome.policyVersion());
            if (outcome.ruleId() != null) {
                out.append(",\"ruleId\":");
                string(out, outcome.ruleId());
            }
            out.append(",\"matched\":").append(outcome.matched());
            if (outcome.reasons() != null) {
                out.append(",\"reasons\":");
                strings(out, outcome.reasons());
            }
            out.append('}');
        }
        out.append(']');
    }

    /**
     * What the decision keeps of the facts: no identity number, name or phone.
     * {@code {"age":68,"districtCode":"340103","localHukou":true,"livingArrangement":..,"incomeStatus":..,
     * "abilityLevel":2,"dateOfDeath":"2026-01-01"}}
     */
    static void factsUsed(StringBuilder out, ElderFacts facts, LocalDate on) {
        out.append("{\"age\":").append(facts.ageOn(on));
        if (facts.districtCode() != null) {
            out.append(",\"districtCode\":");
            string(out, facts.districtCode());
        }
        if (facts.localHukou() != null) {
            out.append(",\"localHukou\":").append(facts.localHukou().booleanValue());
        }
        if (facts.livingArrangement() != null) {
            out.append(",\"livingArrangement\":\"").append(facts.livingArrangement().name()).append('"');
        }
        if (facts.incomeStatus() != null) {
            out.append(",\"incomeStatus\":\"").append(facts.incomeStatus().name()).append('"');
        }
        if (facts.abilityLevel() != null) {
            out.append(",\"abilityLevel\":").append(facts.abilityLevel().intValue());
        }
        if (facts.dateOfDeath() != null) {
            out.append(",\"dateOfDeath\":\"").append(facts.dateOfDeath()).append('"');
        }
        out.append('}');
    }

    /** A JSON string, escaped as Jackson escapes it (quote, backslash, control characters). */
    static void string(StringBuilder out, String value) {
        out.append('"');
        if (needsNoEscape(value)) {
            out.append(value).append('"');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(
                                Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean needsNoEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
