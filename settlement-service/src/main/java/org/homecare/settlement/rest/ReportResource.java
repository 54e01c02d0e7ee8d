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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.RequestValues;
import org.homecare.settlement.domain.ReportFilter;
import org.homecare.settlement.domain.ReportTable;
import org.homecare.settlement.service.Reports;

@Tag(name = "Reports", description = "Reports of a period, JSON or CSV (Accept: text/csv)")
@Path("/api/v1/reports/{name}")
@RolesAllowed({ Caller.AUDITOR, Caller.CITY_ADMIN })
public class ReportResource {

    public record ReportView(String name, String period, @Schema(nullable = true) String district,
            @Schema(nullable = true) UUID provider, List<String> columns, List<Map<String, Object>> items, int page,
            int size, long total) {
    }

    private final Reports reports;

    public ReportResource(Reports reports) {
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReport", summary = "A report of a period (JSON, or CSV with Accept: text/csv)")
    public ReportView json(@PathParam("name") String name, @QueryParam("period") String period,
            @QueryParam("district") String district, @QueryParam("provider") String provider,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ReportFilter filter = filter(period, district, provider);
        var paging = PageRequest.of(page, size);
        ReportTable table = reports.run(name, filter, paging);
        return new ReportView(name, filter.period(), filter.district(), filter.provider(), table.columns(),
                table.objects(),
                paging.page(), paging.size(), table.total());
    }

    @GET
    @Produces(PeriodResource.CSV_LESS_PREFERRED)
    @Operation(operationId = "getReport", summary = "A report of a period (JSON, or CSV with Accept: text/csv)")
    public String csv(@PathParam("name") String name, @QueryParam("period") String period,
            @QueryParam("district") String district, @QueryParam("provider") String provider,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ReportTable table = reports.run(name, filter(period, district, provider), PageRequest.of(page, size));
        return CsvTable.of(table.columns(), List.copyOf(table.rows()));
    }

    private static ReportFilter filter(String period, String district, String provider) {
        if (period == null) {
            throw ApiProblem.badRequest("period", "is required, e.g. period=2026-11");
        }
        if (district != null && !district.matches("\\d{6}")) {
            throw ApiProblem.badRequest("district", "must be a 6-digit area code");
        }
        return new ReportFilter(RequestValues.month("period", period).toString(), district,
                provider == null ? null : RequestValues.uuid("provider", provider));
    }
}
