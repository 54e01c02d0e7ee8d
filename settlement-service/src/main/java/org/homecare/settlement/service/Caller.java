package org.homecare.settlement.service;

import java.util.Optional;
import java.util.Set;

/** Who is asking: the name the audit trail records, the roles, and for a provider its credit code. */
public record Caller(String actor, Set<String> roles, Optional<String> providerCode) {

    public static final String CITY_ADMIN = "city-admin";
    public static final String AUDITOR = "auditor";
    public static final String PROVIDER = "provider";
    public static final String PLATFORM = "settlement-platform";

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Sees every provider's data (city staff and auditors); a provider or the platform is narrowed. */
    public boolean seesAll() {
        return is(CITY_ADMIN) || is(AUDITOR);
    }
}
