package org.homecare.settlement.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.homecare.contracts.caller.CallerOfRequest;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The one place settlement refuses a district-limited caller (an auditor whose token names districts) what cannot be
 * split by district: a statement covers every district its provider served, a reconciliation and an adjustment the
 * provider's or the city's whole month. Every endpoint not marked {@link DistrictScoped} answers such a caller 403
 * {@code CITY_WIDE_ONLY}, so a new endpoint stays city-wide until its use case narrows what it answers. Callers that
 * are not district-limited (city-admin, a city-wide auditor, the platform, providers) pass untouched.
 */
public class CityWideOnly {

    /** How the endpoints it guards document their 403. */
    static final String REFUSAL = "The token's role may not use this operation; or CITY_WIDE_ONLY: the token's "
            + "district_codes limit it to some districts, and this covers the whole city";

    private final SecurityIdentity identity;
    private final CallerOfRequest callers;

    public CityWideOnly(SecurityIdentity identity, CallerOfRequest callers) {
        this.identity = identity;
        this.callers = callers;
    }

    /** After the role checks and {@code DistrictScopeFilter}, so those refusals keep their own words. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 20)
    public void refuseDistrictLimitedCallers(ContainerRequestContext request, ResourceInfo resource) {
        if (identity.isAnonymous() || !settlements(resource) || districtScoped(resource)) {
            return;
        }
        callers.districtScope().requireCityWide("the answer to " + request.getMethod() + " "
                + request.getUriInfo().getRequestUri().getPath());
    }

    /** Settlement's own endpoints; the shared ones of event-contracts (the business clock) hold no document. */
    private static boolean settlements(ResourceInfo resource) {
        return resource.getResourceClass() != null
                && resource.getResourceClass().getPackageName().equals(CityWideOnly.class.getPackageName());
    }

    private static boolean districtScoped(ResourceInfo resource) {
        return resource.getResourceClass().isAnnotationPresent(DistrictScoped.class)
                || (resource.getResourceMethod() != null
                        && resource.getResourceMethod().isAnnotationPresent(DistrictScoped.class));
    }
}
