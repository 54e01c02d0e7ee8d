package org.homecare.provider.service;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as the use cases need it: the name for the audit trail, the roles, and for a provider user the
 * provider's credit code from the token ({@code provider_code}).
 */
public record Caller(String name, Set<String> roles, Optional<String> providerCode) {

    public static final String CITY_ADMIN = "city-admin";
    public static final String AUDITOR = "auditor";
    public static final String PROVIDER = "provider";

    public boolean isCityAdmin() {
        return roles.contains(CITY_ADMIN);
    }

    /** A provider user who sees only its own provider; city staff with a provider role too are not narrowed. */
    public boolean restrictedToOwnProvider() {
        return roles.contains(PROVIDER) && !roles.contains(CITY_ADMIN) && !roles.contains(AUDITOR);
    }
}
