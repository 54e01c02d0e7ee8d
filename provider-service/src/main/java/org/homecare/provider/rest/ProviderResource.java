package org.homecare.provider.rest;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.contracts.web.RequestValues;
import org.homecare.provider.domain.ProviderStatus;
import org.homecare.provider.rest.ProviderViews.ProviderDetailsView;
import org.homecare.provider.rest.ProviderViews.ProviderView;
import org.homecare.provider.service.PayeeAccounts;
import org.homecare.provider.service.ProviderService;

@Tag(name = "Providers", description = "Care providers and their status: approved, suspended, reinstated, terminated")
@Path("/api/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderResource {

    private final ProviderService providers;
    private final PayeeAccounts payees;
    private final CallerOfRequest caller;

    public ProviderResource(ProviderService providers, PayeeAccounts payees, CallerOfRequest caller) {
        this.providers = providers;
        this.payees = payees;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "registerProvider", summary = "Register a provider")
    @APIResponse(responseCode = "201", description = "Registered; Location names the provider",
            content = @Content(schema = @Schema(implementation = ProviderDetailsView.class)))
    @APIResponse(responseCode = "409", description = "CREDIT_CODE_TAKEN: a provider has this credit code")
    public Response register(@NotNull @Valid ProviderRequests.RegisterProvider request) {
        Caller who = caller.get();
        var provider = providers.register(who, request.toCommand());
        return Response.created(URI.create("/api/v1/providers/" + provider.id()))
                .entity(ProviderViews.of(providers.details(who, provider.id()), who))
                .build();
    }

    @GET
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PROVIDER })
    @Operation(operationId = "listProviders", summary = "Providers, one page; with district=, those serving it "
            + "(a district-limited token: those serving one of its districts)")
    @APIResponse(responseCode = "200", description = "The providers")
    @APIResponse(responseCode = "404", description = "district names a district outside the token's district_codes")
    public Paged<ProviderView> list(@QueryParam("status") String status, @QueryParam("district") String district,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        Caller who = caller.get();
        return providers.list(who, RequestValues.optionalEnum("status", status, ProviderStatus.class),
                RequestValues.optionalAreaCode("district", district), paging.page(), paging.size())
                .map(p -> ProviderViews.of(p, who));
    }

    /** The provider of the caller's token; 403 while the city has not registered or approved it. */
    @GET
    @Path("/me")
    @RolesAllowed(Caller.PROVIDER)
    @Operation(operationId = "getOwnProvider", summary = "The provider of the caller's token")
    @APIResponse(responseCode = "200", description = "The provider",
            content = @Content(schema = @Schema(implementation = ProviderDetailsView.class)))
    @APIResponse(responseCode = "404", description = "The city has not registered this provider")
    public ProviderDetailsView me() {
        Caller who = caller.get();
        return ProviderViews.of(providers.own(who), who);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PROVIDER })
    @Operation(operationId = "getProvider", summary = "A provider with its status history")
    @APIResponse(responseCode = "200", description = "The provider")
    @APIResponse(responseCode = "404", description = "No such provider, another provider's (a provider token), or "
            + "one serving none of the token's district_codes")
    public ProviderDetailsView get(@PathParam("id") UUID id) {
        Caller who = caller.get();
        return ProviderViews.of(providers.details(who, id), who);
    }

    @GET
    @Path("/{id}/bank-account")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.PLATFORM, Caller.AUDITOR, Caller.PROVIDER })
    @Operation(operationId = "getPayeeAccount",
            summary = "The account the city pays the provider to, with every version (number masked but for "
                    + "city-admin and settlement-platform)")
    public PayeeViews.PayeeHistoryView bankAccount(@PathParam("id") UUID id) {
        Caller who = caller.get();
        return PayeeViews.of(payees.history(who, id), who);
    }

    @PUT
    @Path("/{id}/bank-account")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "changePayeeAccount",
            summary = "Record the account the city pays the provider to, from effectiveFrom (today by default)")
    @APIResponse(responseCode = "200", description = "The account in force and every version",
            content = @Content(schema = @Schema(implementation = PayeeViews.PayeeHistoryView.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a bad CNAPS code or account number, an "
            + "account name that is not the registered name without a reason, an effectiveFrom in the past")
    public PayeeViews.PayeeHistoryView changeBankAccount(@PathParam("id") UUID id,
            @NotNull @Valid ProviderRequests.BankAccount request) {
        Caller who = caller.get();
        return PayeeViews.of(payees.change(who, id, request.details(), Optional.ofNullable(request.effectiveFrom())),
                who);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "approveProvider", summary = "Approve a provider")
    @APIResponse(responseCode = "200", description = "The provider",
            content = @Content(schema = @Schema(implementation = ProviderDetailsView.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: not allowed from the current status")
    public ProviderDetailsView approve(@PathParam("id") UUID id, @NotNull @Valid ProviderRequests.Reason request) {
        return transition(id, ProviderStatus.Action.APPROVE, request);
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "suspendProvider", summary = "Suspend a provider")
    @APIResponse(responseCode = "200", description = "The provider",
            content = @Content(schema = @Schema(implementation = ProviderDetailsView.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: not allowed from the current status")
    public ProviderDetailsView suspend(@PathParam("id") UUID id, @NotNull @Valid ProviderRequests.Reason request) {
        return transition(id, ProviderStatus.Action.SUSPEND, request);
    }

    @POST
    @Path("/{id}/reinstate")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "reinstateProvider", summary = "Reinstate a suspended provider")
    @APIResponse(responseCode = "200", description = "The provider",
            content = @Content(schema = @Schema(implementation = ProviderDetailsView.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: not allowed from the current status")
    public ProviderDetailsView reinstate(@PathParam("id") UUID id,
            @NotNull @Valid ProviderRequests.Reason request) {
        return transition(id, ProviderStatus.Action.REINSTATE, request);
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "terminateProvider",
            summary = "Terminate a provider: ends its contracts and frees its caregivers")
    @APIResponse(responseCode = "200", description = "The provider",
            content = @Content(schema = @Schema(implementation = ProviderDetailsView.class)))
    @APIResponse(responseCode = "409", description = "ILLEGAL_TRANSITION: not allowed from the current status")
    public ProviderDetailsView terminate(@PathParam("id") UUID id,
            @NotNull @Valid ProviderRequests.Reason request) {
        return transition(id, ProviderStatus.Action.TERMINATE, request);
    }

    private ProviderDetailsView transition(UUID id, ProviderStatus.Action action, ProviderRequests.Reason request) {
        Caller who = caller.get();
        providers.transition(who, id, action, request.reason());
        return ProviderViews.of(providers.details(who, id), who);
    }
}
