package org.homecare.eligibility.rest;

import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.eligibility.service.ElderService;

/**
 * The district scope of every endpoint that names an elder, in one place: before the endpoint runs, an elder outside
 * the caller's districts answers 404, as one that does not exist. A path id that is no UUID is left to the endpoint.
 */
@Provider
@ElderInPath
@Priority(Priorities.AUTHORIZATION + 20)
public class ElderDistrictScopeFilter implements ContainerRequestFilter {

    private static final int UUID_LENGTH = 36;

    private final ElderService elders;
    private final CallerOfRequest callers;

    public ElderDistrictScopeFilter(ElderService elders, CallerOfRequest callers) {
        this.elders = elders;
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String raw = request.getUriInfo().getPathParameters().getFirst("id");
        if (raw == null || raw.length() != UUID_LENGTH) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(raw);
        } catch (IllegalArgumentException notAnId) {
            return;
        }
        elders.requireVisible(id, callers.districtScope());
    }
}
