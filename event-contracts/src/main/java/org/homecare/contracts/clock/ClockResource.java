package org.homecare.contracts.clock;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/admin/clock} on every service; answers 404 where the clock is not adjustable (prod). */
@Path("/api/v1/admin/clock")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    public record ClockRequest(@NotNull OffsetDateTime now) {
    }

    public record ClockResponse(OffsetDateTime now, String zone, String period) {
    }

    private final BusinessClock clock;

    public ClockResource(BusinessClock clock) {
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ "city-admin", "auditor", "caseworker", "provider", "settlement-platform" })
    public ClockResponse read() {
        requireAdjustable();
        return current();
    }

    @PUT
    @RolesAllowed("city-admin")
    public ClockResponse move(@Valid @NotNull ClockRequest request) {
        requireAdjustable();
        clock.moveTo(request.now().toInstant());
        return current();
    }

    private ClockResponse current() {
        return new ClockResponse(clock.now().toOffsetDateTime(), BusinessClock.ZONE.getId(),
                clock.currentPeriod().toString());
    }

    private void requireAdjustable() {
        if (!clock.adjustable()) {
            throw new NotFoundException();
        }
    }
}
