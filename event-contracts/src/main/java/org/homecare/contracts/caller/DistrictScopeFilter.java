package org.homecare.contracts.caller;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Refuses a caseworker whose token names no district (403 {@code NO_DISTRICT_SCOPE}) before any endpoint runs, so
 * every endpoint answers it alike, also those that never ask who is calling.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class DistrictScopeFilter implements ContainerRequestFilter {

    private final SecurityIdentity identity;
    private final CallerOfRequest callers;

    public DistrictScopeFilter(SecurityIdentity identity, CallerOfRequest callers) {
        this.identity = identity;
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!identity.isAnonymous()) {
            callers.fromToken();
        }
    }
}
