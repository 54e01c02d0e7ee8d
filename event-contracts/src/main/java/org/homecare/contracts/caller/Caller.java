package org.homecare.contracts.caller;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as every service's use cases need it: the name that goes into audit records, the token's realm
 * roles, for a provider user the credit code of its provider ({@code provider_code}) and, for staff of a district
 * office, the districts it owns ({@code district_codes}, empty when the token carries none). Read from the verified
 * token by {@link CallerOfRequest}; never from the request.
 */
public record Caller(String name, Set<String> roles, Optional<String> providerCode, Set<String> districtCodes) {

    public static final String CITY_ADMIN = "city-admin";
    public static final String CASEWORKER = "caseworker";
    public static final String AUDITOR = "auditor";
    public static final String PROVIDER = "provider";
    public static final String PLATFORM = "settlement-platform";

    public Caller {
        roles = Set.copyOf(roles);
        districtCodes = Set.copyOf(districtCodes);
    }

    /** A caller whose token carries no {@code district_codes}. */
    public Caller(String name, Set<String> roles, Optional<String> providerCode) {
        this(name, roles, providerCode, Set.of());
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** A provider user, who sees only its own provider; city staff who also hold the provider role are not narrowed. */
    public boolean restrictedToOwnProvider() {
        return is(PROVIDER) && !seesAll();
    }

    /** City staff and auditors read every provider's data. */
    public boolean seesAll() {
        return is(CITY_ADMIN) || is(AUDITOR);
    }

    /**
     * Only caseworkers and city-admins see identity numbers, phones and birth dates in clear (docs/architecture.md,
     * Security); the birth date goes with the number, which it would otherwise complete.
     */
    public boolean seesPersonalData() {
        return is(CASEWORKER) || is(CITY_ADMIN);
    }

    /**
     * The districts this caller sees: city-admins (and callers who are neither caseworkers nor auditors) city-wide;
     * auditors city-wide unless the token names districts (a district audit office); caseworkers only their own.
     *
     * @throws org.homecare.contracts.problem.ApiProblem 403 {@code NO_DISTRICT_SCOPE} for a caseworker whose token
     *             names no district: an empty list would look like a district without elders
     */
    public DistrictScope districtScope() {
        if (is(CITY_ADMIN)) {
            return DistrictScope.CITY_WIDE;
        }
        if (is(CASEWORKER) && districtCodes.isEmpty()) {
            throw DistrictScope.missing("the token of caseworker " + name
                    + " carries no district_codes: a caseworker sees the elders of the districts it owns");
        }
        if ((is(CASEWORKER) || is(AUDITOR)) && !districtCodes.isEmpty()) {
            return DistrictScope.of(districtCodes);
        }
        return DistrictScope.CITY_WIDE;
    }
}
