package org.homecare.contracts.caller;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as every service's use cases need it: the name that goes into audit records, the token's realm
 * roles and, for a provider user, the credit code of its provider ({@code provider_code}). Read from the verified
 * token by {@link CallerOfRequest}; never from the request.
 */
public record Caller(String name, Set<String> roles, Optional<String> providerCode) {

    public static final String CITY_ADMIN = "city-admin";
    public static final String CASEWORKER = "caseworker";
    public static final String AUDITOR = "auditor";
    public static final String PROVIDER = "provider";
    public static final String PLATFORM = "settlement-platform";

    public Caller {
        roles = Set.copyOf(roles);
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
}
