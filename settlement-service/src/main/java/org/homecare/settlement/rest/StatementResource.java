package org.homecare.settlement.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
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
import org.homecare.settlement.service.StatementView;
import org.homecare.settlement.service.StatementWorkflow;

@Tag(name = "Statements", description = "Providers' statements: confirm or dispute, approve, pay")
@Path("/api/v1/statements/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    public record DisputeRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record PaymentRequest(
            @NotNull @PositiveOrZero Long amountFen,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_./-]*",
                    message = "letters, digits and _ . / - only") String bankReference,
            @NotNull LocalDate paidOn) {
    }

    private final StatementWorkflow workflow;
    private final CallerOfRequest callers;

    public StatementResource(StatementWorkflow workflow, CallerOfRequest callers) {
        this.workflow = workflow;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PLATFORM, Caller.PROVIDER })
    @Operation(operationId = "getStatement", summary = "A statement with its lines and adjustments")
    public StatementView read(@PathParam("id") String id) {
        return workflow.read(RequestValues.uuid("id", id), callers.get());
    }

    @POST
    @Path("/confirm")
    @RolesAllowed(Caller.PROVIDER)
    @Operation(operationId = "confirmStatement", summary = "Confirm a statement (its provider)")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "STATEMENT_TRANSITION_NOT_ALLOWED")
    public StatementView confirm(@PathParam("id") String id) {
        return workflow.confirm(RequestValues.uuid("id", id), callers.get());
    }

    @POST
    @Path("/dispute")
    @RolesAllowed(Caller.PROVIDER)
    @Operation(operationId = "disputeStatement", summary = "Dispute a statement (its provider)")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "STATEMENT_TRANSITION_NOT_ALLOWED")
    public StatementView dispute(@PathParam("id") String id, @Valid @NotNull DisputeRequest request) {
        return workflow.dispute(RequestValues.uuid("id", id), request.reason().strip(), callers.get());
    }

    @POST
    @Path("/approve")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "approveStatement", summary = "Approve a statement")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "STATEMENT_TRANSITION_NOT_ALLOWED")
    public StatementView approve(@PathParam("id") String id) {
        return workflow.approve(RequestValues.uuid("id", id), callers.get());
    }

    @POST
    @Path("/payments")
    @RolesAllowed(Caller.PLATFORM)
    @Operation(operationId = "payStatement",
            summary = "Record the payment of an approved statement, its exact total, once")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "STATEMENT_ALREADY_PAID or STATEMENT_NOT_APPROVED")
    @APIResponse(responseCode = "422", description = "PAYMENT_AMOUNT_MISMATCH: amountFen is not the total")
    public StatementView pay(@PathParam("id") String id, @Valid @NotNull PaymentRequest request) {
        return workflow.pay(RequestValues.uuid("id", id), request.amountFen(), request.bankReference(),
                request.paidOn(), callers.get());
    }
}
