package org.homecare.voucher.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.contracts.web.RequestValues;
import org.homecare.voucher.service.MonthlyRun;

@Tag(name = "Credits", description = "Monthly credits of every active voucher")
@Path("/api/v1/credits")
@Produces(MediaType.APPLICATION_JSON)
public class CreditResource {

    private final MonthlyRun monthlyRun;
    private final CallerOfRequest callers;

    public CreditResource(MonthlyRun monthlyRun, CallerOfRequest callers) {
        this.monthlyRun = monthlyRun;
        this.callers = callers;
    }

    /** What the scheduler does on the 1st, for a city-admin who does not want to wait; a second call credits nobody. */
    @POST
    @Path("/{period}")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "creditPeriod", summary = "Credit every active voucher for a period (once)")
    @APIResponse(responseCode = "200", description = "What the run credited and expired",
            content = @Content(schema = @Schema(implementation = MonthlyRun.Result.class)))
    @APIResponse(responseCode = "409", description = "PERIOD_NOT_CURRENT: only the current period is credited")
    public MonthlyRun.Result credit(@PathParam("period") String period) {
        return monthlyRun.run(RequestValues.month("period", period), callers.get().name());
    }
}
