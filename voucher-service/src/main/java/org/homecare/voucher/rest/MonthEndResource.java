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
import org.homecare.voucher.service.MonthEnd;

@Tag(name = "Credits", description = "Monthly credits of every active voucher")
@Path("/api/v1/month-ends")
@Produces(MediaType.APPLICATION_JSON)
public class MonthEndResource {

    private final MonthEnd monthEnd;
    private final CallerOfRequest callers;

    public MonthEndResource(MonthEnd monthEnd, CallerOfRequest callers) {
        this.monthEnd = monthEnd;
        this.callers = callers;
    }

    /** What the scheduler does when a month's window ends, for a city-admin who does not want to wait. */
    @POST
    @Path("/{period}")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "endMonth", summary = "End a month whose submission window has ended (once)",
            description = "Voids its logs still held on an open visit exception (EXCEPTION_UNRESOLVED), then expires"
                    + " what is left of the month's money, or carries it into the next month when balances carry"
                    + " over. A second call changes nothing.")
    @APIResponse(responseCode = "200", description = "What the month's end voided, expired and carried over",
            content = @Content(schema = @Schema(implementation = MonthEnd.Result.class)))
    @APIResponse(responseCode = "409", description = "SUBMISSION_WINDOW_OPEN: the month's logs may still come")
    public MonthEnd.Result end(@PathParam("period") String period) {
        return monthEnd.end(RequestValues.month("period", period), callers.get().name());
    }
}
