package org.homecare.settlement.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.homecare.contracts.caller.DistrictScope;

/**
 * What a report covers: a period, the districts whose logs it counts (empty: the whole city, unfiltered) and
 * optionally one provider. A request's filter is built by {@link #of}, so the caller's district scope always narrows
 * it: JSON, CSV and every report alike.
 */
public record ReportFilter(String period, Optional<Set<String>> districts, UUID provider) {

    public ReportFilter {
        districts = districts.map(Set::copyOf);
    }

    /**
     * The district a request names (404 when outside the caller's scope), or, when it names none, every district of
     * the scope: a district auditor's report never counts another district's logs.
     */
    public static ReportFilter of(String period, Optional<String> district, UUID provider, DistrictScope scope) {
        return new ReportFilter(period, scope.narrowedTo(district), provider);
    }

    /** The whole city's logs of the same period: the yardstick some anomalies measure a visit against. */
    public ReportFilter wholeCity() {
        return new ReportFilter(period, Optional.empty(), null);
    }

    /** The districts in ascending order, so a query binds them the same way each time; empty for the whole city. */
    public List<String> sortedDistricts() {
        return districts.map(d -> List.copyOf(new TreeSet<>(d))).orElse(List.of());
    }
}
