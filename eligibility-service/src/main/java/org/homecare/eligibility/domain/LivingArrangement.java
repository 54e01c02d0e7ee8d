package org.homecare.eligibility.domain;

/** Codes of docs/domain.md ("Eligibility"): with family, 空巢, 独居, 无子女, 失独. */
public enum LivingArrangement {
    WITH_FAMILY, EMPTY_NEST, ALONE, CHILDLESS, LOST_ONLY_CHILD
}
