package org.homecare.voucher.rest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.contracts.web.RequestValues;
import org.homecare.voucher.domain.ResolutionReason;
import org.homecare.voucher.domain.VisitException;
import org.homecare.voucher.domain.VisitExceptionCount;
import org.homecare.voucher.domain.VisitExceptionStatus;
import org.homecare.voucher.service.ProviderDirectory;
import org.homecare.voucher.service.VisitExceptions;

@Tag(name = "Visit exceptions", description = "Logs held on failed visit verification, and their resolution")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitExceptionResource {

    public record VisitExceptionView(UUID id, UUID serviceLogId, UUID providerId, UUID voucherId, String period,
            String code, String status, String detail, Instant raisedAt,
            @Schema(nullable = true) String resolutionCode, @Schema(nullable = true) String resolutionNote,
            @Schema(nullable = true) Instant resolvedAt, @Schema(nullable = true) String decisionNote,
            @Schema(nullable = true) Instant decidedAt) {
        static VisitExceptionView of(VisitException e) {
            return new VisitExceptionView(e.id(), e.serviceLogId(), e.providerId(), e.voucherId(), e.period(),
                    e.code().name(), e.status().name(), e.detail(), e.raisedAt(),
                    e.resolutionCode() == null ? null : e.resolutionCode().name(), e.resolutionNote(),
                    e.resolvedAt(), e.decisionNote(), e.decidedAt());
        }
    }

    public record ResolutionRequest(@NotNull ResolutionReason reasonCode, @NotNull @Size(min = 1, max = 500) String note) {
    }

    public record DecisionRequest(@NotNull Boolean accepted, @Size(max = 500) String note) {
    }

    public record ExceptionCountView(UUID providerId, String code, String status, long count) {
        static ExceptionCountView of(VisitExceptionCount c) {
            return new ExceptionCountView(c.providerId(), c.code().name(), c.status().name(), c.count());
        }
    }

    private final VisitExceptions exceptions;
    private final CallerOfRequest callers;
    private final ProviderDirectory providers;

    public VisitExceptionResource(VisitExceptions exceptions, CallerOfRequest callers, ProviderDirectory providers) {
        this.exceptions = exceptions;
        this.callers = callers;
        this.providers = providers;
    }

    @GET
    @Path("/visit-exceptions")
    @RolesAllowed({ Caller.PROVIDER, Caller.AUDITOR, Caller.CITY_ADMIN })
    @Operation(operationId = "listVisitExceptions", summary = "The visit-exception queue, newest first",
            description = "A provider sees its own; a district auditor those of its districts' vouchers.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", description = "district names a district outside the caller's")
    public Paged<VisitExceptionView> list(@QueryParam("status") String status, @QueryParam("period") String period,
            @Parameter(schema = @Schema(pattern = "[0-9]{6}")) @QueryParam("district") String district,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        Caller caller = callers.get();
        return exceptions.queue(providers.readScope(caller), caller.districtScope(),
                QueryFilters.district("district", district),
                RequestValues.optionalEnum("status", status, VisitExceptionStatus.class),
                Optional.ofNullable(period).map(p -> RequestValues.month("period", p).toString()), paging.page(),
                paging.size()).map(VisitExceptionView::of);
    }

    @GET
    @Path("/visit-exceptions/{id}")
    @RolesAllowed({ Caller.PROVIDER, Caller.AUDITOR, Caller.CITY_ADMIN })
    @Operation(operationId = "getVisitException", summary = "A visit exception")
    public VisitExceptionView get(@PathParam("id") String id) {
        Caller caller = callers.get();
        return VisitExceptionView.of(exceptions.get(providers.readScope(caller), caller.districtScope(),
                RequestValues.uuid("id", id)));
    }

    @POST
    @Path("/visit-exceptions/{id}/resolution")
    @RolesAllowed(Caller.PROVIDER)
    @Operation(operationId = "resolveVisitException", summary = "Explain an open exception of the provider's own",
            description = "Within the month's submission window. The log is payable once none of its exceptions"
                    + " is open.")
    @APIResponse(responseCode = "409", description = "NOT_OPEN or SUBMISSION_WINDOW_ENDED")
    public VisitExceptionView resolve(@PathParam("id") String id, @Valid @NotNull ResolutionRequest request) {
        Caller caller = callers.get();
        return VisitExceptionView.of(exceptions.resolve(providers.providerIdOf(caller), RequestValues.uuid("id", id),
                request.reasonCode(), request.note(), caller.name()));
    }

    @POST
    @Path("/visit-exceptions/{id}/decision")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "decideVisitException", summary = "Accept or reject a provider's resolution",
            description = "Within the month's submission window; a rejection voids the log (EXCEPTION_REJECTED).")
    @APIResponse(responseCode = "409", description = "NOT_RESOLVED or SUBMISSION_WINDOW_ENDED")
    public VisitExceptionView decide(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
        return VisitExceptionView.of(exceptions.decide(RequestValues.uuid("id", id), request.accepted(),
                request.note(), callers.get().name()));
    }

    @GET
    @Path("/reports/visit-exceptions")
    @RolesAllowed({ Caller.PROVIDER, Caller.AUDITOR, Caller.CITY_ADMIN })
    @Operation(operationId = "countVisitExceptions", summary = "Visit exceptions of a month by provider, code and"
            + " status")
    public List<ExceptionCountView> counts(@QueryParam("period") String period,
            @Parameter(schema = @Schema(pattern = "[0-9]{6}")) @QueryParam("district") String district) {
        Caller caller = callers.get();
        return exceptions.counts(RequestValues.month("period", period).toString(), providers.readScope(caller),
                caller.districtScope(), QueryFilters.district("district", district)).stream()
                .map(ExceptionCountView::of).toList();
    }
}
