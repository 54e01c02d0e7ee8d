package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One checked condition of a rule. {@link #failure} is null when the facts satisfy it, else why not. */
public sealed interface Condition {

    /** Why a disability condition fails for an elder with no certificate in force. */
    String NO_CERTIFICATE = "no disability certificate";
    /** Why a township condition fails for an elder whose township was never recorded (or was ended by a move). */
    String NO_TOWNSHIP = "no township recorded";

    String failure(ElderFacts facts, LocalDate on);

    /** The age threshold this condition uses, if any: the daily job re-evaluates elders crossing it. */
    default Integer ageThreshold() {
        return null;
    }

    record AgeAtLeast(int years) implements Condition {
        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            int age = facts.ageOn(on);
            return age >= years ? null : "age " + age + " < " + years;
        }

        @Override
        public Integer ageThreshold() {
            return years;
        }
    }

    record AgeBelow(int years) implements Condition {
        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            int age = facts.ageOn(on);
            return age < years ? null : "age " + age + " >= " + years;
        }

        @Override
        public Integer ageThreshold() {
            return years;
        }
    }

    record AbilityLevelAtLeast(int level) implements Condition {
        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            if (facts.abilityLevel() == null) {
                return "abilityLevel not assessed < " + level;
            }
            return facts.abilityLevel() >= level ? null : "abilityLevel " + facts.abilityLevel() + " < " + level;
        }
    }

    record AbilityLevelBelow(int level) implements Condition {
        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            if (facts.abilityLevel() == null) {
                return "abilityLevel not assessed";
            }
            return facts.abilityLevel() < level ? null : "abilityLevel " + facts.abilityLevel() + " >= " + level;
        }
    }

    record IncomeStatusIn(List<IncomeStatus> allowed) implements Condition {
        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            return allowed.contains(facts.incomeStatus()) ? null
                    : "incomeStatus " + facts.incomeStatus() + " not in " + allowed;
        }
    }

    record LivingArrangementIn(List<LivingArrangement> allowed) implements Condition {
        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            return allowed.contains(facts.livingArrangement()) ? null
                    : "livingArrangement " + facts.livingArrangement() + " not in " + allowed;
        }
    }

    record DistrictIn(List<String> allowed) implements Condition {
        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            return allowed.contains(facts.districtCode()) ? null
                    : "districtCode " + facts.districtCode() + " not in " + allowed;
        }
    }

    record LocalHukouIs(boolean required) implements Condition {
        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            return Objects.equals(facts.localHukou(), required) ? null
                    : "localHukou " + facts.localHukou() + " != " + required;
        }
    }

    /** Grades run the other way: grade 1 is the most severe, so "at most 2" means grades 1 and 2. */
    record DisabilityGradeAtMost(int grade) implements Condition {
        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            DisabilityCertificate certificate = facts.disabilityCertificate();
            if (certificate == null) {
                return NO_CERTIFICATE;
            }
            return certificate.grade() <= grade ? null : "disability grade " + certificate.grade() + " > " + grade;
        }
    }

    record DisabilityCategoryIn(List<DisabilityCategory> allowed) implements Condition {
        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            DisabilityCertificate certificate = facts.disabilityCertificate();
            if (certificate == null) {
                return NO_CERTIFICATE;
            }
            return allowed.contains(certificate.category()) ? null
                    : "disability category " + certificate.category() + " not in " + allowed;
        }
    }

    /** {@code lookup} holds the same codes as {@code allowed}: a city may list hundreds of townships. */
    record TownshipIn(List<String> allowed, Set<String> lookup) implements Condition {

        public TownshipIn(List<String> allowed) {
            this(allowed, Set.copyOf(allowed));
        }

        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            String township = facts.townshipCode();
            if (township == null) {
                return NO_TOWNSHIP;
            }
            return lookup.contains(township) ? null : "township " + township + " not in " + allowed;
        }
    }

    /**
     * {@code shown} is the prefixes padded with x, as a scope shows its district prefixes ({@code [340121xxx]}),
     * worked out once: most elders of a re-certification fail such a condition.
     */
    record TownshipStartsWith(List<String> prefixes, String shown) implements Condition {

        public TownshipStartsWith(List<String> prefixes) {
            this(prefixes, prefixes.stream().map(prefix -> prefix + "x".repeat(Math.max(0, 9 - prefix.length())))
                    .toList().toString());
        }

        @Override
        public String failure(ElderFacts facts, LocalDate on) {
            String township = facts.townshipCode();
            if (township == null) {
                return NO_TOWNSHIP;
            }
            for (String prefix : prefixes) {
                if (township.startsWith(prefix)) {
                    return null;
                }
            }
            return "township " + township + " not in " + shown;
        }
    }
}
