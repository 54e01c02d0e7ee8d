package org.homecare.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One checked condition of a rule. {@link #failure} is null when the facts satisfy it, else why not. */
public sealed interface Condition {

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
}
