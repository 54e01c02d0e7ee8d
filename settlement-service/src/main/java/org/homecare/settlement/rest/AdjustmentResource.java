package org.homecare.settlement.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.settlement.service.AdjustmentRecorder;
import org.homecare.settlement.service.AdjustmentView;

@Tag(name = "Adjustments", description = "Adjustments of a provider's next open statement")
@Path("/api/v1/adjustments")
@Produces(MediaType.APPLICATION_JSON)
public class AdjustmentResource {

    /** amountFen is signed: positive owes the provider more, negative reclaims; bounded to 10 million CNY. */
    public record AdjustmentRequest(
            @NotNull UUID providerId,
            @NotNull UUID serviceLogId,
            @NotNull @Min(-1_000_000_000L) @Max(1_000_000_000L) Long amountFen,
            @NotBlank @Size(max = 1000) String reason,
            @Schema(nullable = true) UUID findingId) {
    }

    private final AdjustmentRecorder recorder;
    private final CallerOfRequest callers;

    public AdjustmentResource(AdjustmentRecorder recorder, CallerOfRequest callers) {
        this.recorder = recorder;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR })
    @Operation(operationId = "recordAdjustment", summary = "Record an adjustment against a service log")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AdjustmentView.class)))
    @APIResponse(responseCode = "403", description = CityWideOnly.REFUSAL)
    @APIResponse(responseCode = "404", description = "No such service log or audit finding")
    @APIResponse(responseCode = "422", description = "LOG_NOT_OF_PROVIDER or FINDING_NOT_FOR_LOG")
    public Response record(@Valid @NotNull AdjustmentRequest request) {
        if (request.amountFen() == 0) {
            throw ApiProblem.badRequest("amountFen", "must not be 0");
        }
        AdjustmentView created = recorder.record(new AdjustmentRecorder.Command(request.providerId(),
                request.serviceLogId(), request.amountFen(), request.reason().strip(), request.findingId()),
                callers.get());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
