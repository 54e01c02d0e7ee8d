package org.homecare.eligibility.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.homecare.eligibility.domain.RecertificationRun;
import org.homecare.eligibility.service.RecertificationService;

@Tag(name = "Re-certifications", description = "Re-evaluating every elder as of a date, in the background")
@Path("/api/v1/recertifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecertificationResource {

    public record Request(@NotNull(message = "is required") LocalDate asOf) {
    }

    public record RunView(UUID id, LocalDate asOf, String status, String requestedBy, OffsetDateTime requestedAt,
            @Schema(nullable = true) OffsetDateTime startedAt, @Schema(nullable = true) OffsetDateTime finishedAt,
            int batches, long evaluated, long granted, long changed, long revoked, long unchanged) {
        static RunView of(RecertificationRun run) {
            return new RunView(run.id(), run.asOf(), run.status().name(), run.requestedBy(), run.requestedAt(),
                    run.startedAt(), run.finishedAt(), run.batches(), run.evaluated(), run.granted(), run.changed(),
                    run.revoked(), run.unchanged());
        }
    }

    private final RecertificationService recertification;
    private final CallerOfRequest callers;

    public RecertificationResource(RecertificationService recertification, CallerOfRequest callers) {
        this.recertification = recertification;
        this.callers = callers;
    }

    @POST
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "startRecertification", summary = "Start a re-certification of every elder as of a date")
    @APIResponse(responseCode = "202", description = "Accepted, runs in the background; Location names the run",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "409", description = "RECERTIFICATION_IN_PROGRESS: another run has not finished")
    public Response start(@NotNull(message = "a body is required") @Valid Request request) {
        if (request.asOf().getYear() < 2000 || request.asOf().getYear() > 2999) {
            throw ApiProblem.badRequest("asOf", "must be a date between 2000 and 2999");
        }
        RecertificationRun run = recertification.request(request.asOf(), callers.get().name());
        return Response.accepted(RunView.of(run)).location(URI.create("/api/v1/recertifications/" + run.id()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR })
    @Operation(operationId = "getRecertification", summary = "A re-certification run and its progress")
    public RunView read(@PathParam("id") UUID id) {
        return RunView.of(recertification.find(id));
    }
}
