package org.homecare.eligibility.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.eligibility.domain.PolicyScope;
import org.homecare.eligibility.domain.PolicyVersion;
import org.homecare.eligibility.domain.RuleSpec;
import org.homecare.eligibility.service.PolicyCatalog;
import org.homecare.eligibility.service.PolicyService;
import org.homecare.eligibility.service.PolicyService.PolicyWithVersions;

@Tag(name = "Policies", description = "Versioned eligibility policies: effective period, district scope, rules")
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    public record CreatePolicy(
            @NotBlank(message = "is required") @Pattern(regexp = "^[A-Z][A-Z0-9_-]{1,49}$", message = "must be 2-50 upper-case letters, digits, '_' or '-'") String code,
            @NotBlank(message = "is required") @Size(max = 200) String name,
            @NotNull(message = "is required") LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo,
            @NotNull(message = "is required") PolicyScope scope,
            @NotNull(message = "is required") List<RuleSpec> rules) {
    }

    public record AddVersion(
            @NotNull(message = "is required") LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo,
            @NotNull(message = "is required") PolicyScope scope,
            @NotNull(message = "is required") List<RuleSpec> rules) {
    }

    public record VersionView(UUID id, int version, LocalDate validFrom, @Schema(nullable = true) LocalDate validTo,
            PolicyScope scope, List<RuleSpec> rules, OffsetDateTime createdAt, String createdBy) {
    }

    public record PolicyView(UUID id, String code, String name, OffsetDateTime createdAt, String createdBy,
            List<VersionView> versions) {
    }

    private final PolicyService policies;
    private final PolicyCatalog catalog;
    private final CallerOfRequest callers;

    public PolicyResource(PolicyService policies, PolicyCatalog catalog, CallerOfRequest callers) {
        this.policies = policies;
        this.catalog = catalog;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.CASEWORKER, Caller.AUDITOR })
    @Operation(operationId = "listPolicies", summary = "Policies with their versions, one page")
    public Paged<PolicyView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        PolicyService.PageOf found = policies.list(paging.page(), paging.size());
        return paging.answer(found.items().stream().map(this::view).toList(), found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.CASEWORKER, Caller.AUDITOR })
    @Operation(operationId = "getPolicy", summary = "A policy with its versions")
    public PolicyView read(@PathParam("id") UUID id) {
        return view(policies.find(id));
    }

    @POST
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "createPolicy", summary = "Create a policy with its first version")
    @APIResponse(responseCode = "201", description = "Created; Location names the policy",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "409", description = "POLICY_CODE_TAKEN: a policy has this code")
    public Response create(@NotNull(message = "a body is required") @Valid CreatePolicy request) {
        PolicyWithVersions created = policies.create(request.code(), request.name(), new PolicyService.VersionDraft(
                request.validFrom(), request.validTo(), request.scope(), request.rules()), callers.get().name());
        return Response.created(URI.create("/api/v1/policies/" + created.policy().id())).entity(view(created))
                .build();
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Caller.CITY_ADMIN)
    @Operation(operationId = "addPolicyVersion", summary = "Add a version to a policy")
    @APIResponse(responseCode = "201", description = "Added; Location names the policy",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    public Response addVersion(@PathParam("id") UUID id,
            @NotNull(message = "a body is required") @Valid AddVersion request) {
        PolicyVersion version = policies.addVersion(id, new PolicyService.VersionDraft(request.validFrom(),
                request.validTo(), request.scope(), request.rules()), callers.get().name());
        return Response.created(URI.create("/api/v1/policies/" + id)).entity(view(version)).build();
    }

    private PolicyView view(PolicyWithVersions p) {
        return new PolicyView(p.policy().id(), p.policy().code(), p.policy().name(), p.policy().createdAt(),
                p.policy().createdBy(), p.versions().stream().map(this::view).toList());
    }

    private VersionView view(PolicyVersion v) {
        return new VersionView(v.id(), v.version(), v.validFrom(), v.validTo(), catalog.scopeOf(v),
                catalog.rulesOf(v), v.createdAt(), v.createdBy());
    }
}
