package org.homecare.contracts.caller;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.homecare.contracts.problem.ApiProblem;

/**
 * The districts (6-digit area codes) whose elders, vouchers and figures a caller may see: city-wide, or the codes of
 * the token's {@code district_codes} claim. Services apply it in one place each (the query that finds an elder or a
 * voucher, the report filter); an object outside the scope is answered as if it did not exist.
 */
public record DistrictScope(Optional<Set<String>> codes) {

    public static final DistrictScope CITY_WIDE = new DistrictScope(Optional.empty());

    public DistrictScope {
        codes = codes.map(c -> Set.copyOf(new TreeSet<>(c)));
    }

    public static DistrictScope of(Collection<String> codes) {
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a limited scope names at least one district");
        }
        return new DistrictScope(Optional.of(Set.copyOf(codes)));
    }

    public boolean cityWide() {
        return codes.isEmpty();
    }

    /** Whether an object of this district is visible; an object of no district only city-wide. */
    public boolean covers(String districtCode) {
        return codes.map(c -> districtCode != null && c.contains(districtCode)).orElse(true);
    }

    /** The codes in ascending order, for a query's {@code = any(?)}; empty when city-wide. */
    public List<String> sortedCodes() {
        return codes.map(c -> List.copyOf(new TreeSet<>(c))).orElse(List.of());
    }

    /**
     * The districts a list may show: the one a filter names (404 when outside the scope, as for a single object), or
     * the whole scope when the filter names none. Empty means no district filter at all (city-wide, unfiltered).
     */
    public Optional<Set<String>> narrowedTo(Optional<String> requested) {
        if (requested.isPresent()) {
            if (!covers(requested.get())) {
                throw ApiProblem.notFound("district", requested.get());
            }
            return Optional.of(Set.of(requested.get()));
        }
        return codes;
    }

    /** 404 for an object outside the scope, in the words of a missing one. */
    public void require(String districtCode, String what, Object id) {
        if (!covers(districtCode)) {
            throw ApiProblem.notFound(what, id);
        }
    }

    /**
     * 403 {@code CITY_WIDE_ONLY} for a district-limited caller asking for a document that cannot be split by district
     * (a provider's statement covers every district it served; a reconciliation covers the city).
     */
    public void requireCityWide(String what) {
        if (!cityWide()) {
            throw new ApiProblem(403, "Forbidden", "CITY_WIDE_ONLY", what + " covers the whole city; the token's "
                    + "district_codes " + sortedCodes() + " limit its holder to those districts", List.of(), List.of());
        }
    }

    static ApiProblem missing(String detail) {
        return new ApiProblem(403, "Forbidden", "NO_DISTRICT_SCOPE", detail, List.of(), List.of());
    }
}
