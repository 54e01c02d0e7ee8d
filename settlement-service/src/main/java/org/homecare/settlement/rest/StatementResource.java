package org.homecare.settlement.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import org.homecare.settlement.domain.ReturnReason;
import org.homecare.settlement.service.DisputeResolution;
import org.homecare.settlement.service.StatementPayments;
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

    public record PaymentReturnRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_./-]*",
                    message = "letters, digits and _ . / - only") String bankReference,
            @NotNull LocalDate returnedOn,
            @NotNull @Schema(description = "ISO 20022 ExternalReturnReason: AC01, AC04, AC06, AM04 or MS03")
            ReturnReason reasonCode,
            @NotBlank @Size(max = 500) String reason) {
    }

    public record CorrectionRequest(@Schema(nullable = true) UUID serviceLogId, @NotNull Long amountFen,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record ResolveRequest(@NotNull DisputeResolution.Outcome outcome, @NotBlank @Size(max = 2000) String note,
            @Size(max = 200) List<@Valid @NotNull CorrectionRequest> adjustments) {

        List<DisputeResolution.Correction> corrections() {
            return adjustments == null ? List.of() : adjustments.stream()
                    .map(a -> new DisputeResolution.Correction(Optional.ofNullable(a.serviceLogId()), a.amountFen(),
                            a.reason().strip()))
                    .toList();
        }
    }

    private final StatementWorkflow workflow;
    private final StatementPayments payments;
    private final DisputeResolution disputes;
    private final CallerOfRequest callers;

    public StatementResource(StatementWorkflow workflow, StatementPayments payments, DisputeResolution disputes,
            CallerOfRequest callers) {
        this.workflow = workflow;
        this.payments = payments;
        this.disputes = disputes;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PLATFORM, Caller.PROVIDER })
    @Operation(operationId = "getStatement", summary = "A statement with its lines and adjustments")
    @APIResponse(responseCode = "200", description = "The statement")
    @APIResponse(responseCode = "403", description = CityWideOnly.REFUSAL)
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
    @Operation(operationId = "approveStatement", summary = "Approve a confirmed statement to the provider's account "
            + "in force; approve an approved one again after the provider's account changed")
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
    @APIResponse(responseCode = "409", description = "STATEMENT_ALREADY_PAID, STATEMENT_NOT_APPROVED, "
            + "PAYEE_MISSING or PAYEE_CHANGED_SINCE_APPROVAL")
    @APIResponse(responseCode = "422", description = "PAYMENT_AMOUNT_MISMATCH: amountFen is not the total")
    public StatementView pay(@PathParam("id") String id, @Valid @NotNull PaymentRequest request) {
        return payments.pay(RequestValues.uuid("id", id), request.amountFen(), request.bankReference(),
                request.paidOn(), callers.get());
    }

    @POST
    @Path("/payment-returns")
    @RolesAllowed(Caller.PLATFORM)
    @Operation(operationId = "returnStatementPayment",
            summary = "Record the bank's return of a statement's payment: the statement is approved and unpaid again")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "STATEMENT_NOT_PAID or PAYMENT_REFERENCE_MISMATCH")
    public StatementView paymentReturned(@PathParam("id") String id, @Valid @NotNull PaymentReturnRequest request) {
        return payments.returned(RequestValues.uuid("id", id), request.bankReference(), request.returnedOn(),
                request.reasonCode(), request.reason().strip(), callers.get());
    }

    @POST
    @Path("/resolve")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "resolveStatementDispute", summary = "Resolve a disputed statement: UPHELD confirms it "
            + "as it stands, CORRECTED adds the adjustments to it and sends it back to the provider to confirm")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "STATEMENT_NOT_DISPUTED")
    @APIResponse(responseCode = "422", description = "NEGATIVE_TOTAL: the corrections would make the total negative")
    public StatementView resolve(@PathParam("id") String id, @Valid @NotNull ResolveRequest request) {
        return disputes.resolve(RequestValues.uuid("id", id), request.outcome(), request.note().strip(),
                request.corrections(), callers.get());
    }
}
