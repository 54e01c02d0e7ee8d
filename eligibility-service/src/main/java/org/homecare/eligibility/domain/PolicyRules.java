package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a policy version written by a city-admin and compiles its rules. Every problem is reported with the path of
 * the offending field, so a 400 can name them all at once.
 */
public final class PolicyRules {

    public record Violation(String field, String message) {
    }

    public static final class InvalidPolicyException extends RuntimeException {
        private final List<Violation> violations;

        InvalidPolicyException(List<Violation> violations) {
            super(violations.size() + " problem(s) in the policy version");
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    /** Fact name → operators it supports. */
    public static final List<String> FACTS = List.of("age", "incomeStatus", "livingArrangement", "abilityLevel",
            "districtCode", "localHukou", "disabilityGrade", "disabilityCategory", "townshipCode");
    private static final Pattern DISTRICT = Pattern.compile("[1-9][0-9]{5}");
    private static final Pattern DISTRICT_PREFIX = Pattern.compile("[1-9][0-9]{1,5}");
    private static final Pattern TOWNSHIP = Pattern.compile("[1-9][0-9]{8}");
    private static final Pattern TOWNSHIP_PREFIX = Pattern.compile("[1-9][0-9]{1,8}");
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9_-]{1,30}");
    private static final long MAX_MONTHLY_FEN = 10_000_000L;

    private PolicyRules() {
    }

    public static PolicyScope checkScope(PolicyScope scope, List<Violation> violations) {
        if (scope == null) {
            violations.add(new Violation("scope", "is required"));
            return new PolicyScope(List.of(), List.of());
        }
        if (scope.districtCodes().isEmpty() && scope.districtPrefixes().isEmpty()
                && scope.townshipCodes().isEmpty()) {
            violations.add(new Violation("scope",
                    "needs at least one district code, district prefix or township code"));
        }
        for (int i = 0; i < scope.districtCodes().size(); i++) {
            String code = scope.districtCodes().get(i);
            if (code == null || !DISTRICT.matcher(code).matches()) {
                violations.add(new Violation("scope.districtCodes[" + i + "]", "must be a 6-digit area code"));
            }
        }
        for (int i = 0; i < scope.districtPrefixes().size(); i++) {
            String prefix = scope.districtPrefixes().get(i);
            if (prefix == null || !DISTRICT_PREFIX.matcher(prefix).matches()) {
                violations.add(new Violation("scope.districtPrefixes[" + i + "]",
                        "must be the first 2-6 digits of an area code"));
            }
        }
        for (int i = 0; i < scope.townshipCodes().size(); i++) {
            String code = scope.townshipCodes().get(i);
            if (code == null || !TOWNSHIP.matcher(code).matches()) {
                violations.add(new Violation("scope.townshipCodes[" + i + "]",
                        "must be a 9-digit township code (the first 9 digits of a statistical area code)"));
            }
        }
        return scope;
    }

    public static void checkPeriod(LocalDate validFrom, LocalDate validTo, List<Violation> violations) {
        if (validFrom == null) {
            violations.add(new Violation("validFrom", "is required"));
        } else if (validTo != null && validTo.isBefore(validFrom)) {
            violations.add(new Violation("validTo", "must not be before validFrom"));
        }
    }

    /** Versions of one policy must not overlap: on any date at most one version of a policy is in force. */
    public static void checkNoOverlap(LocalDate validFrom, LocalDate validTo, List<PolicyInForce> existing,
            List<Violation> violations) {
        if (validFrom == null) {
            return;
        }
        for (PolicyInForce other : existing) {
            boolean startsBeforeOtherEnds = other.validTo() == null || !validFrom.isAfter(other.validTo());
            boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(other.validFrom());
            if (startsBeforeOtherEnds && endsAfterOtherStarts) {
                violations.add(new Violation("validFrom", "the period " + validFrom + ".." + (validTo == null ? "" : validTo)
                        + " overlaps version " + other.version() + " (" + other.validFrom() + ".."
                        + (other.validTo() == null ? "" : other.validTo()) + ")"));
            }
        }
    }

    /** Compiles the rules; adds a violation for every problem and returns null if there was any. */
    public static List<Rule> compile(List<RuleSpec> specs, List<Violation> violations) {
        int before = violations.size();
        if (specs == null || specs.isEmpty()) {
            violations.add(new Violation("rules", "needs at least one rule"));
            return null;
        }
        if (specs.size() > 100) {
            violations.add(new Violation("rules", "at most 100 rules"));
            return null;
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            String at = "rules[" + i + "]";
            RuleSpec spec = specs.get(i);
            if (spec == null) {
                violations.add(new Violation(at, "must be an object"));
                continue;
            }
            if (spec.id() == null || !RULE_ID.matcher(spec.id()).matches()) {
                violations.add(new Violation(at + ".id", "must be 1-30 letters, digits, '_' or '-'"));
            } else if (!ids.add(spec.id())) {
                violations.add(new Violation(at + ".id", "duplicate rule id " + spec.id()));
            }
            if (spec.description() != null && spec.description().length() > 500) {
                violations.add(new Violation(at + ".description", "at most 500 characters"));
            }
            if (spec.monthlyAmountFen() == null) {
                violations.add(new Violation(at + ".monthlyAmountFen", "is required"));
            } else if (spec.monthlyAmountFen() <= 0 || spec.monthlyAmountFen() > MAX_MONTHLY_FEN) {
                violations.add(new Violation(at + ".monthlyAmountFen", "must be between 1 and " + MAX_MONTHLY_FEN));
            }
            List<ServiceCategory> categories = categories(spec.categories(), at + ".categories", violations);
            List<Condition> conditions = new ArrayList<>();
            if (spec.conditions() == null || spec.conditions().isEmpty()) {
                violations.add(new Violation(at + ".conditions", "needs at least one condition"));
            } else {
                for (int j = 0; j < spec.conditions().size(); j++) {
                    Condition condition = condition(spec.conditions().get(j), at + ".conditions[" + j + "]",
                            violations);
                    if (condition != null) {
                        conditions.add(condition);
                    }
                }
            }
            if (violations.size() == before) {
                rules.add(new Rule(spec.id(), spec.description(), List.copyOf(conditions), spec.monthlyAmountFen(),
                        categories));
            }
        }
        return violations.size() == before ? List.copyOf(rules) : null;
    }

    /** For rules already stored (checked on write): a violation here is a corrupt row, not a client error. */
    public static List<Rule> compileStored(List<RuleSpec> specs) {
        List<Violation> violations = new ArrayList<>();
        List<Rule> rules = compile(specs, violations);
        if (rules == null) {
            throw new InvalidPolicyException(violations);
        }
        return rules;
    }

    public static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidPolicyException(violations);
        }
    }

    private static List<ServiceCategory> categories(List<String> codes, String at, List<Violation> violations) {
        if (codes == null || codes.isEmpty()) {
            violations.add(new Violation(at, "needs at least one of " + List.of(ServiceCategory.values())));
            return List.of();
        }
        List<ServiceCategory> result = enums(codes, at, ServiceCategory::valueOf, ServiceCategory.values(),
                violations);
        return result.stream().distinct().sorted().toList();
    }

    private static Condition condition(RuleSpec.ConditionSpec spec, String at, List<Violation> violations) {
        if (spec == null) {
            violations.add(new Violation(at, "must be an object"));
            return null;
        }
        String fact = spec.fact();
        String op = spec.op();
        Object value = spec.value();
        if (fact == null || !FACTS.contains(fact)) {
            violations.add(new Violation(at + ".fact", "unknown fact '" + fact + "'; known: " + FACTS));
            return null;
        }
        String opField = at + ".op";
        String valueField = at + ".value";
        switch (fact) {
            case "age", "abilityLevel" -> {
                int max = fact.equals("age") ? 150 : 4;
                if (!"GE".equals(op) && !"LT".equals(op)) {
                    violations.add(new Violation(opField, "unknown operator '" + op + "' for " + fact + "; use GE or LT"));
                    return null;
                }
                if (!(value instanceof Integer number) || number < 0 || number > max) {
                    violations.add(new Violation(valueField, "must be an integer 0-" + max));
                    return null;
                }
                if (fact.equals("age")) {
                    return op.equals("GE") ? new Condition.AgeAtLeast(number) : new Condition.AgeBelow(number);
                }
                return op.equals("GE") ? new Condition.AbilityLevelAtLeast(number)
                        : new Condition.AbilityLevelBelow(number);
            }
            case "disabilityGrade" -> {
                if (!"LE".equals(op)) {
                    violations.add(new Violation(opField, "unknown operator '" + op
                            + "' for disabilityGrade; use LE (grade 1 is the most severe: LE 2 means grade 1 or 2)"));
                    return null;
                }
                if (!(value instanceof Integer grade) || grade < 1 || grade > 4) {
                    violations.add(new Violation(valueField, "must be a grade 1-4"));
                    return null;
                }
                return new Condition.DisabilityGradeAtMost(grade);
            }
            case "townshipCode" -> {
                if (!"IN".equals(op) && !"STARTS_WITH".equals(op)) {
                    violations.add(new Violation(opField, "unknown operator '" + op
                            + "' for townshipCode; use IN or STARTS_WITH"));
                    return null;
                }
                List<String> codes = codes(value, valueField, violations);
                if (codes == null) {
                    return null;
                }
                boolean in = op.equals("IN");
                for (String code : codes) {
                    if (!(in ? TOWNSHIP : TOWNSHIP_PREFIX).matcher(code).matches()) {
                        violations.add(new Violation(valueField, "'" + code + "' is not " + (in
                                ? "a 9-digit township code" : "the first 2-9 digits of a township code")));
                    }
                }
                return in ? new Condition.TownshipIn(codes) : new Condition.TownshipStartsWith(codes);
            }
            case "localHukou" -> {
                if (!"EQ".equals(op)) {
                    violations.add(new Violation(opField, "unknown operator '" + op + "' for localHukou; use EQ"));
                    return null;
                }
                if (!(value instanceof Boolean required)) {
                    violations.add(new Violation(valueField, "must be true or false"));
                    return null;
                }
                return new Condition.LocalHukouIs(required);
            }
            default -> {
                if (!"IN".equals(op)) {
                    violations.add(new Violation(opField, "unknown operator '" + op + "' for " + fact + "; use IN"));
                    return null;
                }
                List<String> codes = codes(value, valueField, violations);
                if (codes == null) {
                    return null;
                }
                return switch (fact) {
                    case "incomeStatus" -> new Condition.IncomeStatusIn(
                            enums(codes, valueField, IncomeStatus::valueOf, IncomeStatus.values(), violations));
                    case "livingArrangement" -> new Condition.LivingArrangementIn(enums(codes, valueField,
                            LivingArrangement::valueOf, LivingArrangement.values(), violations));
                    case "disabilityCategory" -> new Condition.DisabilityCategoryIn(enums(codes, valueField,
                            DisabilityCategory::valueOf, DisabilityCategory.values(), violations));
                    default -> {
                        for (String code : codes) {
                            if (!DISTRICT.matcher(code).matches()) {
                                violations.add(new Violation(valueField, "'" + code + "' is not a 6-digit area code"));
                            }
                        }
                        yield new Condition.DistrictIn(codes);
                    }
                };
            }
        }
    }

    private static List<String> codes(Object value, String at, List<Violation> violations) {
        if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > 1000) {
            violations.add(new Violation(at, "must be a non-empty list of codes"));
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String code)) {
                violations.add(new Violation(at, "must contain only codes (strings)"));
                return null;
            }
            codes.add(code);
        }
        return List.copyOf(codes);
    }

    private static <E extends Enum<E>> List<E> enums(List<String> codes, String at, Function<String, E> parse,
            E[] known, List<Violation> violations) {
        List<E> result = new ArrayList<>();
        for (String code : codes) {
            try {
                result.add(parse.apply(code));
            } catch (IllegalArgumentException | NullPointerException e) {
                violations.add(new Violation(at, "unknown code '" + code + "'; known: " + List.of(known)));
            }
        }
        return List.copyOf(result);
    }
}
