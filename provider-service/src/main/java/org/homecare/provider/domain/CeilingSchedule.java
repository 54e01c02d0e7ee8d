package org.homecare.provider.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The ceiling of one item on a date: its base ceiling, replaced by each later effective-dated ceiling. */
public final class CeilingSchedule {

    private final CatalogueItem item;
    private final List<CatalogueCeiling> later;

    public CeilingSchedule(CatalogueItem item, List<CatalogueCeiling> later) {
        this.item = item;
        this.later = later.stream().sorted(Comparator.comparing(CatalogueCeiling::effectiveFrom)).toList();
    }

    public long ceilingOn(LocalDate date) {
        long ceiling = item.ceilingPriceFen();
        for (CatalogueCeiling next : later) {
            if (next.effectiveFrom().isAfter(date)) {
                break;
            }
            ceiling = next.ceilingPriceFen();
        }
        return ceiling;
    }
}
