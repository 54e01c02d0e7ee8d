package org.homecare.voucher.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.homecare.contracts.web.RequestValues;
import org.homecare.voucher.domain.VisitCode;
import org.homecare.voucher.service.VisitCodeService;
import org.homecare.voucher.service.VisitCodeService.IssuedCode;

/** One-time codes texted to the elder that confirm a visit (confirmation SMS_CODE). */
@Tag(name = "Visit codes", description = "One-time codes texted to the elder to confirm a visit")
@Path("/api/v1/vouchers/{id}/visit-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitCodeResource {

    public record VisitCodeRequest(
            @Schema(description = "When the visit may start at the earliest, e.g. 2026-12-04T08:00:00+08:00")
            @NotNull OffsetDateTime validFrom,
            @Schema(description = "When the code stops being valid: after validFrom, at most 12 hours after it, not"
                    + " in the past") @NotNull OffsetDateTime validUntil) {
    }

    /** The code issued, without the code: the elder reads it to the caregiver. */
    public record VisitCodeView(UUID id, UUID voucherId, Instant validFrom, Instant validUntil,
            @Schema(description = "The elder's phone the code was texted to, masked, e.g. 138****5678")
            String sentTo) {
        static VisitCodeView of(IssuedCode issued) {
            VisitCode code = issued.visitCode();
            return new VisitCodeView(code.id(), code.voucherId(), code.validFrom(), code.validUntil(),
                    issued.sentTo());
        }
    }

    private final VisitCodeService visitCodes;
    private final CallerOfRequest callers;

    public VisitCodeResource(VisitCodeService visitCodes, CallerOfRequest callers) {
        this.visitCodes = visitCodes;
        this.callers = callers;
    }

    @POST
    @RolesAllowed(Caller.PROVIDER)
    @Operation(operationId = "issueVisitCode", summary = "Text the elder a one-time code for a visit",
            description = "For a voucher the calling provider may see (GET /vouchers/{id}: a district of one of its"
                    + " contracts in force, or an elder it served); any other voucher is 404. A 6-digit code goes by"
                    + " text to the elder's phone; the answer never carries it: the elder reads it to the caregiver,"
                    + " and the log gives it with confirmation SMS_CODE.")
    @APIResponse(responseCode = "201", description = "Issued and texted",
            content = @Content(schema = @Schema(implementation = VisitCodeView.class)))
    @APIResponse(responseCode = "409", description = "NO_CONTACT_PHONE: voucher-service knows no phone of the elder")
    @APIResponse(responseCode = "503", description = "MESSAGE_GATEWAY_UNAVAILABLE: the text was not sent and no code"
            + " was issued, or the service cannot reach its database; send again later")
    public Response issue(@PathParam("id") String id, @Valid @NotNull VisitCodeRequest request) {
        UUID voucherId = RequestValues.uuid("id", id);
        IssuedCode issued = visitCodes.issue(callers.get(), voucherId, request.validFrom().toInstant(),
                request.validUntil().toInstant());
        return Response.status(Response.Status.CREATED).entity(VisitCodeView.of(issued)).build();
    }
}
