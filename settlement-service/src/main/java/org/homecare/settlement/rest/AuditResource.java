package org.homecare.settlement.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.settlement.domain.AuditFinding;
import org.homecare.settlement.service.AuditSampler;

@Tag(name = "Audits", description = "Samples of service logs for return visits, and findings")
@Path("/api/v1/audits")
@Produces(MediaType.APPLICATION_JSON)
@DistrictScoped
@RolesAllowed(Caller.AUDITOR)
public class AuditResource {

    public record SampleRequest(
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month written yyyy-MM") String period,
            @NotNull @Min(1) @Max(1000) Integer size, @NotBlank @Size(max = 100) String seed) {
    }

    public record FindingRequest(@NotNull UUID serviceLogId, @Schema(nullable = true) UUID sampleId,
            @NotNull AuditFinding.Verdict verdict, @NotBlank @Size(max = 2000) String note) {
    }

    private final AuditSampler sampler;
    private final CallerOfRequest callers;

    public AuditResource(AuditSampler sampler, CallerOfRequest callers) {
        this.sampler = sampler;
        this.callers = callers;
    }

    @POST
    @Path("/samples")
    @Operation(operationId = "drawAuditSample", summary = "Draw a sample of a period's logs (same seed, same sample)")
    @APIResponse(responseCode = "201", description = "Drawn",
            content = @Content(schema = @Schema(implementation = AuditSampler.SampleView.class)))
    public Response sample(@Valid @NotNull SampleRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(sampler.draw(request.period(), request.size(), request.seed(), callers.get())).build();
    }

    @POST
    @Path("/findings")
    @Operation(operationId = "recordAuditFinding", summary = "Record a finding against a service log")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AuditSampler.FindingView.class)))
    @APIResponse(responseCode = "404", description = "No such service log or sample, or a log outside the "
            + "token's district_codes")
    @APIResponse(responseCode = "422", description = "LOG_NOT_IN_SAMPLE")
    public Response finding(@Valid @NotNull FindingRequest request) {
        return Response.status(Response.Status.CREATED).entity(sampler.record(request.serviceLogId(),
                request.sampleId(), request.verdict(), request.note().strip(), callers.get())).build();
    }
}
