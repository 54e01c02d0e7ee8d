package org.homecare.settlement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.contracts.web.RequestValues;
import org.homecare.settlement.service.PeriodCloser;
import org.homecare.settlement.service.PeriodCloser.CloseResult;
import org.homecare.settlement.service.StatementView;
import org.homecare.settlement.service.StatementWorkflow;

@Tag(name = "Periods", description = "Settlement periods: close, statements, payment instructions")
@Path("/api/v1/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodResource {

    /** CSV only when asked for: a client accepting anything gets JSON. UTF-8, for the Chinese names. */
    static final String CSV_LESS_PREFERRED = "text/csv;charset=UTF-8;qs=0.5";

    private final PeriodCloser closer;
    private final StatementWorkflow statements;
    private final CallerOfRequest callers;

    public PeriodResource(PeriodCloser closer, StatementWorkflow statements, CallerOfRequest callers) {
        this.closer = closer;
        this.statements = statements;
        this.callers = callers;
    }

    @POST
    @Path("/close")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "closePeriod", summary = "Close a period whose submission window has ended: one statement per provider")
    @APIResponse(responseCode = "200", description = "The closed period",
            content = @Content(schema = @Schema(implementation = CloseResult.class)))
    @APIResponse(responseCode = "409", description = "PERIOD_NOT_ENDED: the month has not ended; "
            + "SUBMISSION_WINDOW_OPEN: its logs may still be submitted. Either names the first instant the month may be "
            + "closed in the extension member earliestCloseAt")
    public CloseResult close(@PathParam("period") String period) {
        return closer.close(RequestValues.month("period", period).toString(), callers.get());
    }

    @GET
    @Path("/statements")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PLATFORM, Caller.PROVIDER })
    @Operation(operationId = "listPeriodStatements", summary = "A period's statements, one page")
    @APIResponse(responseCode = "200", description = "The statements")
    @APIResponse(responseCode = "403", description = CityWideOnly.REFUSAL)
    public Paged<StatementView> statements(@PathParam("period") String period, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return statements.list(RequestValues.month("period", period).toString(), callers.get(),
                PageRequest.of(page, size));
    }
}
