package org.homecare.settlement.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.RequestValues;
import org.homecare.settlement.domain.ReportFilter;
import org.homecare.settlement.domain.ReportTable;
import org.homecare.settlement.service.Reports;

@Tag(name = "Reports", description = "Reports of a period, JSON or CSV (Accept: text/csv)")
@Path("/api/v1/reports/{name}")
@DistrictScoped
@RolesAllowed({ Caller.AUDITOR, Caller.CITY_ADMIN })
public class ReportResource {

    /** district is the filter asked for; districts those the report counts (null: the whole city). */
    public record ReportView(String name, String period, @Schema(nullable = true) String district,
            @Schema(nullable = true, description = "The districts whose logs the report counts: the one asked for, "
                    + "or every district of a district-limited token; null for the whole city") List<String> districts,
            @Schema(nullable = true) UUID provider, List<String> columns, List<Map<String, Object>> items, int page,
            int size, long total) {
    }

    private final Reports reports;
    private final CallerOfRequest callers;

    public ReportResource(Reports reports, CallerOfRequest callers) {
        this.reports = reports;
        this.callers = callers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReport", summary = "A report of a period (JSON, or CSV with Accept: text/csv)")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such report, or a district outside the token's "
            + "district_codes")
    public ReportView json(@PathParam("name") String name, @QueryParam("period") String period,
            @QueryParam("district") String district, @QueryParam("provider") String provider,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ReportFilter filter = filter(period, district, provider);
        var paging = PageRequest.of(page, size);
        ReportTable table = reports.run(name, filter, paging);
        return new ReportView(name, filter.period(), district,
                filter.districts().isPresent() ? filter.sortedDistricts() : null, filter.provider(), table.columns(),
                table.objects(), paging.page(), paging.size(), table.total());
    }

    @GET
    @Produces(PeriodResource.CSV_LESS_PREFERRED)
    @Operation(operationId = "getReport", summary = "A report of a period (JSON, or CSV with Accept: text/csv)")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such report, or a district outside the token's "
            + "district_codes")
    public String csv(@PathParam("name") String name, @QueryParam("period") String period,
            @QueryParam("district") String district, @QueryParam("provider") String provider,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ReportTable table = reports.run(name, filter(period, district, provider), PageRequest.of(page, size));
        return CsvTable.of(table.columns(), List.copyOf(table.rows()));
    }

    /** The caller's district scope narrows every report here, JSON and CSV alike. */
    private ReportFilter filter(String period, String district, String provider) {
        if (period == null) {
            throw ApiProblem.badRequest("period", "is required, e.g. period=2026-11");
        }
        return ReportFilter.of(RequestValues.month("period", period).toString(),
                RequestValues.optionalAreaCode("district", district),
                provider == null ? null : RequestValues.uuid("provider", provider), callers.districtScope());
    }
}
