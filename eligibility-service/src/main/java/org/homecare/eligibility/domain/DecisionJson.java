package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON texts of a decision row (matched rules, explanation, facts used), written straight into a buffer: a
 * re-certification writes one row per elder, and building a Jackson tree per text only to print it cost more than
 * the evaluation. Matched rules and facts are what {@code EventCodec.tree(value).toString()} gives for the same values
 * (fields in declaration order, nulls left out), the explanation is stored in a compact form; {@code DecisionJsonTest}
 * checks both.
 */
public final class DecisionJson {

    private DecisionJson() {
    }

    /** Matched rules {@code ["R1","R3"]}, reasons. */
    public static void strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, values.get(i));
        }
        out.append(']');
    }

    /**
     * The explanation as stored: grouped by policy version, each rule as {@code [ruleId, matched, reasons]}, e.g.
     * <pre>{"policies":[{"policyId":"b6f7..","policyVersion":2,"rules":[["R1",false,["age 68 < 70"]],["R3",true,[]]]}]}</pre>
     * The long form repeated the policy id and version and every field name for each rule: half of a decision row.
     * {@link #explanationView} gives the long form back.
     */
    public static void explanation(StringBuilder out, List<Decision.RuleOutcome> outcomes) {
        out.append("{\"policies\":[");
        Decision.RuleOutcome group = null;
        for (Decision.RuleOutcome outcome : outcomes) {
            if (group == null || !Objects.equals(outcome.policyId(), group.policyId())
                    || outcome.policyVersion() != group.policyVersion()) {
                out.append(group == null ? "{" : "]},{");
                if (outcome.policyId() != null) {
                    out.append("\"policyId\":\"").append(outcome.policyId()).append("\",");
                }
                out.append("\"policyVersion\":").append(outcome.policyVersion()).append(",\"rules\":[");
                group = outcome;
            } else {
                out.append(',');
            }
            out.append('[');
            if (outcome.ruleId() == null) {
                out.append("null");
            } else {
                string(out, outcome.ruleId());
            }
            out.append(',').append(outcome.matched()).append(',');
            strings(out, outcome.reasons() == null ? List.of() : outcome.reasons());
            out.append(']');
        }
        out.append(group == null ? "]}" : "]}]}");
    }

    /**
     * The explanation as the API shows it, {@code [{"policyId":..,"policyVersion":2,"ruleId":"R1","matched":false,
     * "reasons":["age 68 < 70"]}, ..]}, from the stored text; rows written before the compact form hold it already.
     */
    public static JsonNode explanationView(JsonNode stored) {
        if (!stored.isObject()) {
            return stored;
        }
        ArrayNode view = JsonNodeFactory.instance.arrayNode();
        for (JsonNode policy : stored.path("policies")) {
            for (JsonNode rule : policy.path("rules")) {
                ObjectNode outcome = view.addObject();
                if (policy.has("policyId")) {
                    outcome.set("policyId", policy.get("policyId"));
                }
                outcome.set("policyVersion", policy.get("policyVersion"));
                if (!rule.get(0).isNull()) {
                    outcome.set("ruleId", rule.get(0));
                }
                outcome.set("matched", rule.get(1));
                outcome.set("reasons", rule.get(2));
            }
        }
        return view;
    }

    /**
     * What the decision keeps of the facts: no identity number, name, phone or certificate number.
     * {@code {"age":68,"districtCode":"340103","townshipCode":"340103001","localHukou":true,"livingArrangement":..,
     * "incomeStatus":..,"abilityLevel":2,"disabilityCategory":"PHYSICAL","disabilityGrade":2,
     * "dateOfDeath":"2026-01-01"}}; a fact not known is left out, so most rows carry no township or certificate.
     */
    public static void factsUsed(StringBuilder out, ElderFacts facts, LocalDate on) {
        out.append("{\"age\":").append(facts.ageOn(on));
        if (facts.districtCode() != null) {
            out.append(",\"districtCode\":");
            string(out, facts.districtCode());
        }
        if (facts.townshipCode() != null) {
            out.append(",\"townshipCode\":");
            string(out, facts.townshipCode());
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
        DisabilityCertificate certificate = facts.disabilityCertificate();
        if (certificate != null) {
            out.append(",\"disabilityCategory\":\"").append(certificate.category().name())
                    .append("\",\"disabilityGrade\":").append(certificate.grade());
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
