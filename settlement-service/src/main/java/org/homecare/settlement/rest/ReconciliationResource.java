package org.homecare.settlement.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.web.RequestValues;
import org.homecare.settlement.service.Reconciliation;
import org.homecare.settlement.service.Reconciliation.Report;

/** A period's payments reconciled: approved, paid, returned and outstanding, to the fen. */
@Tag(name = "Payments", description = "Payment instructions: JSON, CSV, ISO 20022 pain.001")
@Path("/api/v1/periods/{period}/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    private final Reconciliation reconciliation;

    public ReconciliationResource(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GET
    @RolesAllowed({ Caller.PLATFORM, Caller.CITY_ADMIN, Caller.AUDITOR })
    @Operation(operationId = "getReconciliation",
            summary = "The period's approved, paid, returned and outstanding sums and every payment (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "The reconciliation")
    @APIResponse(responseCode = "403", description = CityWideOnly.REFUSAL)
    public Report json(@PathParam("period") String period) {
        return reconciliation.of(RequestValues.month("period", period).toString());
    }

    /** One row per payment (a statement without one has a row with empty payment cells). */
    @GET
    @RolesAllowed({ Caller.PLATFORM, Caller.CITY_ADMIN, Caller.AUDITOR })
    @Produces(PeriodResource.CSV_LESS_PREFERRED)
    @Operation(operationId = "getReconciliation",
            summary = "The period's approved, paid, returned and outstanding sums and every payment (JSON or CSV)")
    @APIResponse(responseCode = "200", description = "The reconciliation")
    @APIResponse(responseCode = "403", description = CityWideOnly.REFUSAL)
    public String csv(@PathParam("period") String period) {
        Report report = json(period);
        List<List<?>> rows = new ArrayList<>();
        for (Reconciliation.StatementLine s : report.statements()) {
            if (s.payments().isEmpty()) {
                rows.add(Arrays.asList(s.statementId(), s.providerId(), s.providerName(), s.status(), s.totalFen(),
                        s.paidFen(), null, null, null, null, null));
            }
            for (Reconciliation.PaymentLine p : s.payments()) {
                rows.add(Arrays.asList(s.statementId(), s.providerId(), s.providerName(), s.status(), s.totalFen(),
                        s.paidFen(), p.bankReference(), p.amountFen(), p.paidOn(), p.returnedOn(),
                        p.returnReasonCode()));
            }
        }
        return CsvTable.of(List.of("statementId", "providerId", "providerName", "status", "totalFen", "paidFen",
                "bankReference", "paymentFen", "paidOn", "returnedOn", "returnReasonCode"), rows);
    }
}
