package org.homecare.voucher.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.contracts.web.RequestValues;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;
import org.homecare.voucher.domain.CorrectionReason;
import org.homecare.voucher.domain.LogChanges;
import org.homecare.voucher.rest.ServiceLogViews.BatchRequest;
import org.homecare.voucher.rest.ServiceLogViews.CorrectionRequest;
import org.homecare.voucher.rest.ServiceLogViews.HistoryView;
import org.homecare.voucher.rest.ServiceLogViews.LogChangesRequest;
import org.homecare.voucher.rest.ServiceLogViews.BatchResult;
import org.homecare.voucher.rest.ServiceLogViews.ServiceLogView;
import org.homecare.voucher.rest.ServiceLogViews.SubmissionResult;
import org.homecare.voucher.rest.ServiceLogViews.VoidRequest;
import org.homecare.voucher.service.ProviderDirectory;
import org.homecare.voucher.service.RedemptionService;
import org.homecare.voucher.service.RedemptionService.Outcome;
import org.homecare.voucher.service.ServiceLogIntake;
import org.homecare.voucher.service.ServiceLogQueries;

@Tag(name = "Service logs", description = "Service logs that redeem vouchers")
@Path("/api/v1/service-logs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceLogResource {

    private final ServiceLogIntake intake;
    private final RedemptionService redemption;
    private final ServiceLogQueries queries;
    private final CallerOfRequest callers;
    private final ProviderDirectory providers;

    public ServiceLogResource(ServiceLogIntake intake, RedemptionService redemption, ServiceLogQueries queries,
            CallerOfRequest callers, ProviderDirectory providers) {
        this.intake = intake;
        this.redemption = redemption;
        this.queries = queries;
        this.callers = callers;
        this.providers = providers;
    }

    /** 201 accepted, 422 rejected (stored too); a resubmission gets the first answer, as 200 when it was accepted. */
    @POST
    @RolesAllowed(Caller.PROVIDER)
    @Operation(operationId = "submitServiceLog", summary = "Submit a service log",
            description = "The voucher is named by voucherId or by voucherNumber (the card number), exactly one of"
                    + " them (400 otherwise, and for a card number with a wrong check digit).")
    @APIResponse(responseCode = "201", description = "Accepted: the voucher was debited",
            content = @Content(schema = @Schema(implementation = SubmissionResult.class)))
    @APIResponse(responseCode = "200", description = "A resubmission of an accepted log: the first answer",
            content = @Content(schema = @Schema(implementation = SubmissionResult.class)))
    @APIResponse(responseCode = "422", description = "SERVICE_LOG_REJECTED: rejected (and stored), reasons lists why")
    public Response submit(@Valid @NotNull ServiceLogRequest request) {
        Caller caller = callers.get();
        Outcome outcome = intake.submit(providers.providerIdOf(caller), caller.name(), List.of(request.toSubmitted()))
                .get(0);
        ServiceLog log = outcome.log();
        if (log.status() == ServiceLogStatus.REJECTED) {
            throw ApiProblem.unprocessable("SERVICE_LOG_REJECTED",
                    "service log " + log.id() + " (" + log.providerLogId() + ") was rejected", log.reasons());
        }
        return Response.status(outcome.replay() ? 200 : 201).entity(SubmissionResult.of(log)).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed(Caller.PROVIDER)
    @Operation(operationId = "submitServiceLogBatch",
            summary = "Submit up to 1,000 service logs; each is accepted or rejected",
            description = "Each log names its voucher by voucherId or by voucherNumber (the card number), exactly one"
                    + " of them. A log that is malformed (both or neither, a card number with a wrong check digit)"
                    + " makes the whole batch a 400 naming it, and nothing is stored.")
    @APIResponse(responseCode = "200", description = "One result per log, in the order submitted",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    public BatchResult submitBatch(@Valid @NotNull BatchRequest request) {
        Caller caller = callers.get();
        List<Outcome> outcomes = intake.submit(providers.providerIdOf(caller), caller.name(),
                request.logs().stream().map(ServiceLogRequest::toSubmitted).toList());
        List<SubmissionResult> results = outcomes.stream().map(o -> SubmissionResult.of(o.log())).toList();
        int rejected = (int) outcomes.stream().filter(o -> o.log().status() == ServiceLogStatus.REJECTED).count();
        return new BatchResult(results, results.size() - rejected, rejected);
    }

    @GET
    @RolesAllowed({ Caller.PROVIDER, Caller.AUDITOR, Caller.CITY_ADMIN })
    @Operation(operationId = "listServiceLogs", summary = "Service logs, one page",
            description = "A provider sees its own logs; a district auditor the logs of its districts' vouchers.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", description = "district names a district outside the caller's")
    public Paged<ServiceLogView> list(@QueryParam("period") String period, @QueryParam("status") String status,
            @Parameter(description = "Only logs of vouchers of this district (6-digit area code)",
                    schema = @Schema(pattern = "[0-9]{6}")) @QueryParam("district") String district,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        String periodFilter = period == null ? null : RequestValues.month("period", period).toString();
        ServiceLogStatus statusFilter = status == null ? null
                : RequestValues.enumValue("status", status, ServiceLogStatus.class);
        Caller caller = callers.get();
        return queries.list(providers.readScope(caller).orElse(null), caller.districtScope(),
                QueryFilters.district("district", district), periodFilter, statusFilter, paging.page(), paging.size())
                .map(ServiceLogView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Caller.PROVIDER, Caller.AUDITOR, Caller.CITY_ADMIN })
    @Operation(operationId = "getServiceLog", summary = "A service log")
    public ServiceLogView get(@PathParam("id") String id) {
        UUID logId = RequestValues.uuid("id", id);
        Caller caller = callers.get();
        return ServiceLogView.of(queries.get(providers.readScope(caller).orElse(null), caller.districtScope(), logId));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Caller.PROVIDER, Caller.AUDITOR, Caller.CITY_ADMIN })
    @Operation(operationId = "getServiceLogHistory", summary = "A log's history: its versions, visit exceptions and"
            + " audit records")
    public HistoryView history(@PathParam("id") String id) {
        UUID logId = RequestValues.uuid("id", id);
        Caller caller = callers.get();
        return HistoryView.of(queries.history(providers.readScope(caller).orElse(null), caller.districtScope(),
                logId));
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed(Caller.PROVIDER)
    @Operation(operationId = "correctServiceLog", summary = "Correct an accepted log within its month's window",
            description = "Creates the next version of the log under the same providerLogId, decided and priced as"
                    + " a fresh log; the old version becomes CORRECTED and its debit is reversed. DUPLICATE_ENTRY"
                    + " without changes voids the log instead.")
    @APIResponse(responseCode = "201", description = "The new version",
            content = @Content(schema = @Schema(implementation = ServiceLogView.class)))
    @APIResponse(responseCode = "200", description = "DUPLICATE_ENTRY: the voided log",
            content = @Content(schema = @Schema(implementation = ServiceLogView.class)))
    @APIResponse(responseCode = "409", description = "NOT_CORRECTABLE or SUBMISSION_WINDOW_ENDED")
    @APIResponse(responseCode = "422", description = "CORRECTION_REJECTED: the new version would be rejected;"
            + " nothing changed")
    public Response correct(@PathParam("id") String id, @Valid @NotNull CorrectionRequest request) {
        UUID logId = RequestValues.uuid("id", id);
        Caller caller = callers.get();
        UUID providerId = providers.providerIdOf(caller);
        LogChanges changes = request.changes() == null ? LogChangesRequest.none() : request.changes().toChanges();
        if (changes.isEmpty()) {
            if (request.reasonCode() != CorrectionReason.DUPLICATE_ENTRY) {
                throw ApiProblem.badRequest("changes", "must change at least one field (only DUPLICATE_ENTRY may"
                        + " change none: it voids the log)");
            }
            String reason = "DUPLICATE_ENTRY" + (request.note() == null ? "" : ": " + request.note());
            return Response.ok(ServiceLogView.of(redemption.voidLog(providerId, logId, reason, caller.name())))
                    .build();
        }
        return Response.status(201).entity(ServiceLogView.of(redemption.correct(providerId, logId,
                request.reasonCode(), request.note(), changes, caller.name()))).build();
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed(Caller.PROVIDER)
    @Operation(operationId = "voidServiceLog", summary = "Void an accepted service log: the voucher is credited back")
    @APIResponse(responseCode = "200", description = "The service log",
            content = @Content(schema = @Schema(implementation = ServiceLogView.class)))
    @APIResponse(responseCode = "409", description = "NOT_VOIDABLE or PERIOD_CLOSED")
    public ServiceLogView voidLog(@PathParam("id") String id, @Valid @NotNull VoidRequest request) {
        UUID logId = RequestValues.uuid("id", id);
        Caller caller = callers.get();
        return ServiceLogView.of(redemption.voidLog(providers.providerIdOf(caller), logId, request.reason(),
                caller.name()));
    }
}
