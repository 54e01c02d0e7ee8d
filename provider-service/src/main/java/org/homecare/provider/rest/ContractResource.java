package org.homecare.provider.rest;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.contracts.web.RequestValues;
import org.homecare.provider.rest.ContractViews.ContractView;
import org.homecare.provider.rest.ContractViews.PriceView;
import org.homecare.provider.service.ContractService;

@Tag(name = "Contracts", description = "Providers' contracts: period, districts, effective-dated rate card")
@Path("/api/v1/providers/{providerId}/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    private final ContractService contracts;
    private final CallerOfRequest caller;

    public ContractResource(ContractService contracts, CallerOfRequest caller) {
        this.contracts = contracts;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "createContract", summary = "Create a contract with its rate card")
    @APIResponse(responseCode = "201", description = "Created; Location names the contract",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "409", description = "PROVIDER_NOT_APPROVED or CONTRACT_OVERLAP")
    public Response create(@PathParam("providerId") UUID providerId,
            @NotNull @Valid ContractRequests.NewContract request) {
        var card = contracts.create(caller.get(), providerId, request.toCommand());
        return Response.created(URI.create("/api/v1/providers/" + providerId + "/contracts/" + card.contract().id()))
                .entity(ContractViews.of(card)).build();
    }

    @GET
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PROVIDER })
    @Operation(operationId = "listContracts", summary = "A provider's contracts, one page; with district=, those "
            + "covering it (a district-limited token: those covering one of its districts)")
    @APIResponse(responseCode = "200", description = "The contracts")
    @APIResponse(responseCode = "404", description = "No such provider, or one serving none of the token's "
            + "district_codes; or district names a district outside them")
    public Paged<ContractView> list(@PathParam("providerId") UUID providerId, @QueryParam("district") String district,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return contracts.list(caller.get(), providerId, RequestValues.optionalAreaCode("district", district),
                paging.page(), paging.size()).map(ContractViews::of);
    }

    @GET
    @Path("/{contractId}")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PROVIDER })
    @Operation(operationId = "getContract", summary = "A contract with its rate card")
    @APIResponse(responseCode = "200", description = "The contract")
    @APIResponse(responseCode = "404", description = "No such provider or contract, another provider's (a provider "
            + "token), or one covering none of the token's district_codes")
    public ContractView get(@PathParam("providerId") UUID providerId, @PathParam("contractId") UUID contractId) {
        return ContractViews.of(contracts.card(caller.get(), providerId, contractId));
    }

    /** Adds a later price; the whole card is published again. */
    @POST
    @Path("/{contractId}/rates")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "addContractRate", summary = "Add a later price to the rate card")
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "409", description = "CONTRACT_NOT_ACTIVE or RATE_EXISTS")
    public ContractView addRate(@PathParam("providerId") UUID providerId, @PathParam("contractId") UUID contractId,
            @NotNull @Valid ContractRequests.Rate request) {
        return ContractViews.of(contracts.addRate(caller.get(), providerId, contractId, request.toCommand()));
    }

    @POST
    @Path("/{contractId}/end")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "endContract", summary = "End a contract")
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "409", description = "CONTRACT_NOT_ACTIVE")
    public ContractView end(@PathParam("providerId") UUID providerId, @PathParam("contractId") UUID contractId,
            @NotNull @Valid ContractRequests.EndContract request) {
        return ContractViews.of(contracts.end(caller.get(), providerId, contractId, request.endOn(),
                request.reason()));
    }

    @GET
    @Path("/{contractId}/price")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.PROVIDER })
    @Operation(operationId = "getContractPrice", summary = "An item's price under the contract on a date")
    public PriceView price(@PathParam("providerId") UUID providerId, @PathParam("contractId") UUID contractId,
            @QueryParam("itemCode") String itemCode, @QueryParam("date") String date) {
        if (itemCode == null || itemCode.isBlank()) {
            throw ApiProblem.badRequest("itemCode", "is required");
        }
        return PriceView.of(contracts.priceOn(caller.get(), providerId, contractId, itemCode.trim(),
                RequestValues.date("date", date)));
    }
}
