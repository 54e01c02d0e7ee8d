package org.homecare.provider.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homecare.contracts.web.Paged;
import org.homecare.provider.domain.ProviderStatus;
import org.homecare.provider.rest.ProviderViews.ProviderDetailsView;
import org.homecare.provider.rest.ProviderViews.ProviderView;
import org.homecare.provider.service.Caller;
import org.homecare.provider.service.ProviderService;

@Path("/api/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderResource {

    private final ProviderService providers;
    private final CallerOfRequest caller;

    public ProviderResource(ProviderService providers, CallerOfRequest caller) {
        this.providers = providers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Caller.CITY_ADMIN)
    public Response register(@NotNull @Valid ProviderRequests.RegisterProvider request) {
        Caller who = caller.get();
        var provider = providers.register(who, request.toCommand());
        return Response.created(URI.create("/api/v1/providers/" + provider.id()))
                .entity(ProviderViews.of(providers.details(who, provider.id()), who))
                .build();
    }

    @GET
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PROVIDER })
    public Paged<ProviderView> list(@QueryParam("status") String status, @BeanParam @Valid Paging paging) {
        Caller who = caller.get();
        return providers.list(who, QueryValues.optionalEnum("status", status, ProviderStatus.class), paging.page,
                paging.size).map(p -> ProviderViews.of(p, who));
    }

    /** The provider of the caller's token; 403 while the city has not registered or approved it. */
    @GET
    @Path("/me")
    @RolesAllowed(Caller.PROVIDER)
    public ProviderDetailsView me() {
        Caller who = caller.get();
        return ProviderViews.of(providers.own(who), who);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PROVIDER })
    public ProviderDetailsView get(@PathParam("id") UUID id) {
        Caller who = caller.get();
        return ProviderViews.of(providers.details(who, id), who);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Caller.CITY_ADMIN)
    public ProviderDetailsView approve(@PathParam("id") UUID id, @NotNull @Valid ProviderRequests.Reason request) {
        return transition(id, ProviderStatus.Action.APPROVE, request);
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Caller.CITY_ADMIN)
    public ProviderDetailsView suspend(@PathParam("id") UUID id, @NotNull @Valid ProviderRequests.Reason request) {
        return transition(id, ProviderStatus.Action.SUSPEND, request);
    }

    @POST
    @Path("/{id}/reinstate")
    @RolesAllowed(Caller.CITY_ADMIN)
    public ProviderDetailsView reinstate(@PathParam("id") UUID id,
            @NotNull @Valid ProviderRequests.Reason request) {
        return transition(id, ProviderStatus.Action.REINSTATE, request);
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed(Caller.CITY_ADMIN)
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
