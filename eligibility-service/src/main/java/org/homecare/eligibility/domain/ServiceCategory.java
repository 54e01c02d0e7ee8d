package org.homecare.eligibility.domain;

import java.util.Arrays;
import java.util.List;

/** The three service categories a grant may be spent on, in their canonical order. */
public enum ServiceCategory {
    REHAB, HOUSEKEEPING, MEAL;

    /** Categories as a decision stores them: names joined by commas, empty for none. */
    public static List<ServiceCategory> listOf(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(ServiceCategory::valueOf).toList();
    }
}
