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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;

/** {@code /api/v1/admin/clock} on every service; answers 404 where the clock is not adjustable (prod). */
@Tag(name = "Business clock", description = "The business clock every rule reads; adjustable outside prod")
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
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.CASEWORKER, Caller.PROVIDER, Caller.PLATFORM })
    @Operation(operationId = "getBusinessClock", summary = "The business clock: now, zone and current period")
    @APIResponse(responseCode = "200", description = "The business clock",
            content = @Content(schema = @Schema(implementation = ClockResponse.class)))
    @APIResponse(responseCode = "404", description = "The clock is not adjustable here (prod)")
    public ClockResponse read() {
        requireAdjustable();
        return current();
    }

    @PUT
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "moveBusinessClock", summary = "Move the business clock forward")
    @APIResponse(responseCode = "200", description = "The business clock",
            content = @Content(schema = @Schema(implementation = ClockResponse.class)))
    @APIResponse(responseCode = "404", description = "The clock is not adjustable here (prod)")
    @APIResponse(responseCode = "409", description = "CLOCK_MOVED_BACKWARDS: the instant is before the clock")
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
