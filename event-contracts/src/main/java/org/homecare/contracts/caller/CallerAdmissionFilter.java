package org.homecare.contracts.caller;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Reads the caller of every authenticated request before its endpoint runs, so the refusals of {@link CallerOfRequest}
 * (a provider the service does not know, a caseworker without districts) answer every endpoint alike, also those that
 * never ask who is calling.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class CallerAdmissionFilter implements ContainerRequestFilter {

    private final SecurityIdentity identity;
    private final CallerOfRequest callers;

    public CallerAdmissionFilter(SecurityIdentity identity, CallerOfRequest callers) {
        this.identity = identity;
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!identity.isAnonymous()) {
            callers.get();
        }
    }
}
