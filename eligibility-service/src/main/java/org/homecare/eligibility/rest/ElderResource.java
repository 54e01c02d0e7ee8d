package org.homecare.eligibility.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.contracts.web.RequestValues;
import org.homecare.eligibility.domain.Assessment;
import org.homecare.eligibility.domain.Elder;
import org.homecare.eligibility.rest.ElderViews.AssessmentView;
import org.homecare.eligibility.rest.ElderViews.ElderSummaryView;
import org.homecare.eligibility.rest.ElderViews.ElderView;
import org.homecare.eligibility.rest.ElderViews.EligibilityView;
import org.homecare.eligibility.rest.ElderViews.FactChangeView;
import org.homecare.eligibility.rest.ElderViews.HistoryView;
import org.homecare.eligibility.service.ElderFinder;
import org.homecare.eligibility.service.ElderService;

import com.fasterxml.jackson.databind.ObjectMapper;

@Tag(name = "Elders",
        description = "Elders, their effective-dated facts and ability assessments, their eligibility decisions")
@Path("/api/v1/elders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
@ElderInPath
public class ElderResource {

    /** Longest name or street prefix a search takes: the columns are 100 characters. */
    private static final int MAX_PREFIX = 100;

    private final ElderService elders;
    private final ElderFinder finder;
    private final CallerOfRequest callers;
    private final BusinessClock clock;
    private final ObjectMapper json;

    public ElderResource(ElderService elders, ElderFinder finder, CallerOfRequest callers, BusinessClock clock,
            ObjectMapper json) {
        this.elders = elders;
        this.finder = finder;
        this.callers = callers;
        this.clock = clock;
        this.json = json;
    }

    @GET
    @RolesAllowed({ Caller.CASEWORKER, Caller.CITY_ADMIN, Caller.AUDITOR })
    @Operation(operationId = "findElders", summary = "Find elders in the caller's districts",
            description = "Every filter is optional and they combine: idNumber exact (compared by its keyed hash), "
                    + "name and street by prefix, district (404 when outside the caller's districts), eligible "
                    + "(the current decision). Ordered by name in code-point order, then id.")
    @APIResponse(responseCode = "200", description = "One page of elders")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: the district filter names a district outside the "
            + "caller's districts")
    public Paged<ElderSummaryView> find(@QueryParam("idNumber") String idNumber, @QueryParam("name") String name,
            @QueryParam("district") String district, @QueryParam("street") String street,
            @QueryParam("eligible") String eligible, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ElderFinder.Filters filters = new ElderFinder.Filters(RequestValues.optionalText("idNumber", idNumber, 18),
                RequestValues.optionalText("name", name, MAX_PREFIX),
                RequestValues.optionalAreaCode("district", district),
                RequestValues.optionalText("street", street, MAX_PREFIX),
                RequestValues.optionalBoolean("eligible", eligible));
        Caller caller = callers.get();
        return finder.find(filters, caller.districtScope(), PageRequest.of(page, size))
                .map(e -> ElderSummaryView.of(e, caller.seesPersonalData()));
    }

    @POST
    @RolesAllowed({ Caller.CASEWORKER, Caller.CITY_ADMIN })
    @Operation(operationId = "registerElder", summary = "Register an elder")
    @APIResponse(responseCode = "201", description = "Registered; Location names the elder",
            content = @Content(schema = @Schema(implementation = ElderView.class)))
    @APIResponse(responseCode = "403",
            description = "DISTRICT_OUT_OF_SCOPE: a caseworker registers elders of its own districts only")
    @APIResponse(responseCode = "409",
            description = "ELDER_ALREADY_REGISTERED: the identity number is registered already")
    public Response register(@NotNull(message = "a body is required") @Valid ElderRequests.Register request) {
        Caller caller = callers.get();
        Elder elder = elders.register(new ElderService.Registration(request.idNumber(), request.name(),
                request.phone(), request.districtCode(), request.street(), request.localHukou(),
                request.livingArrangement(), request.incomeStatus(), request.home(), request.townshipCode(),
                request.certificate()), caller.districtScope(), caller.name());
        return Response.created(URI.create("/api/v1/elders/" + elder.id())).entity(view(elder.id(), null)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Caller.CASEWORKER, Caller.CITY_ADMIN, Caller.AUDITOR })
    @Operation(operationId = "getElder", summary = "An elder with the facts in force on a date (today by default)")
    public ElderView read(@PathParam("id") UUID id, @QueryParam("on") String on) {
        return view(id, RequestValues.optionalDate("on", on).orElse(null));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Caller.CASEWORKER, Caller.CITY_ADMIN, Caller.AUDITOR })
    @Operation(operationId = "getElderHistory", summary = "Every recorded change of an elder's facts and assessments")
    public HistoryView history(@PathParam("id") UUID id) {
        ElderService.History history = elders.history(id);
        boolean clear = callers.get().seesPersonalData();
        return new HistoryView(id, history.facts().stream().map(f -> FactChangeView.of(f, clear)).toList(),
                history.assessments().stream().map(AssessmentView::of).toList(), history.elder().dateOfDeath());
    }

    @PATCH
    @Path("/{id}/facts")
    @RolesAllowed(Caller.CASEWORKER)
    @Operation(operationId = "changeElderFacts", summary = "Change an elder's facts from a date on",
            description = "A new districtCode moves the elder: a caseworker of the current district moves it, and "
                    + "once the move is in force only the new district's caseworkers see the elder. A move may bring "
                    + "a new home location (homeLatitude and homeLongitude); without one the location known stays, "
                    + "and without a townshipCode the township of the old district ends. disabilityCertificate null "
                    + "ends the certificate in force from effectiveFrom; left out, it stays.")
    @APIResponse(responseCode = "200", description = "The elder",
            content = @Content(schema = @Schema(implementation = ElderView.class)))
    @APIResponse(responseCode = "409", description = "ELDER_DECEASED: the elder has died")
    public ElderView changeFacts(@PathParam("id") UUID id,
            @NotNull(message = "a body is required") @Valid ElderRequests.ChangeFacts request) {
        elders.changeFacts(id, new ElderService.FactChange(request.effectiveFrom(), request.districtCode(),
                request.street(), request.localHukou(), request.livingArrangement(), request.incomeStatus(),
                request.home(), request.townshipCode(), request.certificate(), request.endsCertificate()),
                callers.get().name());
        return view(id, null);
    }

    @POST
    @Path("/{id}/assessments")
    @RolesAllowed(Caller.CASEWORKER)
    @Operation(operationId = "recordAssessment", summary = "Record an ability assessment")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "ELDER_DECEASED: the elder has died")
    public Response assess(@PathParam("id") UUID id,
            @NotNull(message = "a body is required") @Valid ElderRequests.RecordAssessment request) {
        Assessment assessment = elders.assess(id, request.level(), request.assessedOn(), request.assessor(),
                callers.get().name());
        return Response.status(Response.Status.CREATED).entity(AssessmentView.of(assessment)).build();
    }

    @POST
    @Path("/{id}/death")
    @RolesAllowed(Caller.CASEWORKER)
    @Operation(operationId = "recordDeath", summary = "Record an elder's death")
    @APIResponse(responseCode = "200", description = "The elder",
            content = @Content(schema = @Schema(implementation = ElderView.class)))
    @APIResponse(responseCode = "409", description = "ELDER_DECEASED: the elder has died")
    public ElderView recordDeath(@PathParam("id") UUID id,
            @NotNull(message = "a body is required") @Valid ElderRequests.RecordDeath request) {
        elders.recordDeath(id, request.dateOfDeath(), callers.get().name());
        return view(id, null);
    }

    @GET
    @Path("/{id}/eligibility")
    @RolesAllowed({ Caller.CASEWORKER, Caller.CITY_ADMIN, Caller.AUDITOR })
    @Operation(operationId = "getEligibility", summary = "The elder's current eligibility decision")
    public EligibilityView eligibility(@PathParam("id") UUID id) {
        return EligibilityView.of(elders.currentDecision(id), json, callers.get().seesPersonalData());
    }

    @GET
    @Path("/{id}/decisions")
    @RolesAllowed({ Caller.CASEWORKER, Caller.CITY_ADMIN, Caller.AUDITOR })
    @Operation(operationId = "listEligibilityDecisions", summary = "The elder's eligibility decisions, one page")
    public Paged<EligibilityView> decisions(@PathParam("id") UUID id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return paging.answer(elders.decisions(id, paging.page(), paging.size()).stream()
                .map(d -> EligibilityView.of(d, json, callers.get().seesPersonalData())).toList(), elders.decisionCount(id));
    }

    private ElderView view(UUID id, LocalDate on) {
        LocalDate date = on == null ? clock.today() : on;
        if (date.getYear() < 1880 || date.getYear() > 9999) {
            throw ApiProblem.badRequest("on", "must be a date between 1880 and 9999");
        }
        ElderService.ElderState state = elders.stateOn(id, date);
        return ElderView.of(state.elder(), date, state.facts(), callers.get().seesPersonalData());
    }
}
