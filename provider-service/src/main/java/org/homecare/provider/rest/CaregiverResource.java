package org.homecare.provider.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.contracts.web.RequestValues;
import org.homecare.provider.domain.Caregiver;
import org.homecare.provider.service.CaregiverService;

@Tag(name = "Caregivers", description = "Providers' caregivers")
@Path("/api/v1/providers/{providerId}/caregivers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaregiverResource {

    /** certificationLevel: the national vocational skill level of elderly-care workers, 1 (highest) to 5. */
    public record RegisterCaregiver(@NotBlank @Size(max = 18, message = "must have 18 characters") String idNumber,
            @NotBlank @Size(max = 100) String name,
            @NotNull @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5")
            Integer certificationLevel) {
    }

    /** The identity number in full for city-admin only, masked for everyone else. */
    public record CaregiverView(UUID id, UUID providerId, String idNumber, String name, int certificationLevel,
            String status, LocalDate registeredOn, @Schema(nullable = true) LocalDate deactivatedOn) {
        static CaregiverView of(Caregiver c, Caller caller) {
            return new CaregiverView(c.id(), c.providerId(),
                    caller.is(Caller.CITY_ADMIN) ? c.idNumber() : ResidentIdNumber.mask(c.idNumber()), c.name(),
                    c.certificationLevel(), c.status().name(), c.registeredOn(), c.deactivatedOn());
        }
    }

    private final CaregiverService caregivers;
    private final CallerOfRequest caller;

    public CaregiverResource(CaregiverService caregivers, CallerOfRequest caller) {
        this.caregivers = caregivers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.PROVIDER })
    @Operation(operationId = "registerCaregiver", summary = "Register a caregiver with a provider")
    @APIResponse(responseCode = "201", description = "Registered; Location names the caregiver",
            content = @Content(schema = @Schema(implementation = CaregiverView.class)))
    @APIResponse(responseCode = "409", description = "PROVIDER_TERMINATED or CAREGIVER_ACTIVE_ELSEWHERE")
    public Response register(@PathParam("providerId") UUID providerId, @NotNull @Valid RegisterCaregiver request) {
        Caller who = caller.get();
        Caregiver caregiver = caregivers.register(who, providerId, new CaregiverService.NewCaregiver(
                request.idNumber(), request.name(), request.certificationLevel()));
        return Response.created(URI.create("/api/v1/providers/" + providerId + "/caregivers/" + caregiver.id()))
                .entity(CaregiverView.of(caregiver, who)).build();
    }

    @GET
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PROVIDER })
    @Operation(operationId = "listCaregivers", summary = "A provider's caregivers, one page")
    public Paged<CaregiverView> list(@PathParam("providerId") UUID providerId, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        Caller who = caller.get();
        return caregivers.list(who, providerId, RequestValues.optionalEnum("status", status, Caregiver.Status.class),
                paging.page(), paging.size()).map(c -> CaregiverView.of(c, who));
    }

    @GET
    @Path("/{caregiverId}")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PROVIDER })
    @Operation(operationId = "getCaregiver", summary = "A caregiver")
    public CaregiverView get(@PathParam("providerId") UUID providerId, @PathParam("caregiverId") UUID caregiverId) {
        Caller who = caller.get();
        return CaregiverView.of(caregivers.caregiver(who, providerId, caregiverId), who);
    }

    /** Deactivates; the caregiver stays in the history. */
    @DELETE
    @Path("/{caregiverId}")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.PROVIDER })
    @Operation(operationId = "deactivateCaregiver", summary = "Deactivate a caregiver; it stays in the history")
    @APIResponse(responseCode = "200", description = "The caregiver",
            content = @Content(schema = @Schema(implementation = CaregiverView.class)))
    @APIResponse(responseCode = "409", description = "CAREGIVER_INACTIVE: deactivated already")
    public CaregiverView deactivate(@PathParam("providerId") UUID providerId,
            @PathParam("caregiverId") UUID caregiverId) {
        Caller who = caller.get();
        return CaregiverView.of(caregivers.deactivate(who, providerId, caregiverId), who);
    }
}
