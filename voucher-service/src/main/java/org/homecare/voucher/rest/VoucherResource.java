package org.homecare.voucher.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.contracts.web.RequestValues;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.service.ProviderDirectory;
import org.homecare.voucher.service.VoucherQueries;

@Tag(name = "Vouchers", description = "Elders' voucher accounts and their ledger")
@Path("/api/v1/vouchers")
@Produces(MediaType.APPLICATION_JSON)
public class VoucherResource {

    public record VoucherView(UUID id, UUID elderId,
            @Schema(description = "The 16-digit number on the voucher's card (Luhn check digit last)",
                    pattern = "[0-9]{16}") String cardNumber,
            String status,
            @Schema(description = "The whole balance: the sum of balances") long balanceFen,
            @Schema(description = "The balance of each month open for logs now: the current month, and the previous"
                    + " one while its submission window runs; each is spent only by its own month's logs")
            List<PeriodBalanceView> balances,
            long monthlyAmountFen, Set<String> categories, String districtCode,
            @Schema(nullable = true, description = "The elder's home as a geohash cell of about 150 m, against which"
                    + " visit locations are checked; null when none was recorded") String homeCell) {
        static VoucherView of(Voucher v) {
            return new VoucherView(v.id(), v.elderId(), v.cardNumber(), v.status().name(), v.balanceFen(),
                    v.knownPeriodBalances().entrySet().stream()
                            .map(e -> new PeriodBalanceView(e.getKey(), e.getValue())).toList(),
                    v.monthlyAmountFen(), v.categories(), v.districtCode(), v.homeCell());
        }
    }

    public record PeriodBalanceView(@Schema(pattern = "[0-9]{4}-[0-9]{2}") String period, long balanceFen) {
    }

    public record LedgerEntryView(UUID id, int seq, String type, long amountFen, long balanceAfterFen, String period,
            @Schema(description = "The balance of the entry's period after it") long periodBalanceAfterFen,
            String reference, Instant at) {
        static LedgerEntryView of(LedgerEntry e) {
            return new LedgerEntryView(e.id(), e.seq(), e.type().name(), e.amountFen(), e.balanceAfterFen(),
                    e.period(), e.periodBalanceAfterFen(), e.reference(), e.at());
        }
    }

    private final VoucherQueries queries;
    private final CallerOfRequest callers;
    private final ProviderDirectory providers;

    public VoucherResource(VoucherQueries queries, CallerOfRequest callers, ProviderDirectory providers) {
        this.queries = queries;
        this.callers = callers;
        this.providers = providers;
    }

    @GET
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.CASEWORKER, Caller.PROVIDER })
    @Operation(operationId = "listVouchers", summary = "Vouchers, one page (a provider names the elder)",
            description = "Caseworkers and district auditors see the vouchers of their districts only.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", description = "district names a district outside the caller's")
    public Paged<VoucherView> list(@QueryParam("elderId") String elderId,
            @Parameter(description = "Only vouchers of this district (6-digit area code)",
                    schema = @Schema(pattern = "[0-9]{6}")) @QueryParam("district") String district,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        UUID elder = elderId == null ? null : RequestValues.uuid("elderId", elderId);
        Caller caller = callers.get();
        UUID provider = providers.readScope(caller).orElse(null);
        if (provider != null && elder == null) {
            // a provider pages through its clients (GET /clients); the city's whole register is not its to see
            throw ApiProblem.badRequest("elderId", "is required for a provider");
        }
        return queries.list(provider, caller.districtScope(), QueryFilters.district("district", district), elder,
                paging).map(VoucherView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.CASEWORKER, Caller.PROVIDER })
    @Operation(operationId = "getVoucher", summary = "A voucher")
    public VoucherView get(@PathParam("id") String id) {
        Caller caller = callers.get();
        UUID provider = providers.readScope(caller).orElse(null);
        return VoucherView.of(queries.get(provider, caller.districtScope(), RequestValues.uuid("id", id)));
    }

    @GET
    @Path("/{id}/ledger")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR })
    @Operation(operationId = "getVoucherLedger", summary = "A voucher's ledger, one page")
    public Paged<LedgerEntryView> ledger(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return queries.ledger(callers.districtScope(), RequestValues.uuid("id", id), paging)
                .map(LedgerEntryView::of);
    }
}
