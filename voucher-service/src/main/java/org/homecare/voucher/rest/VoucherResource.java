package org.homecare.voucher.rest;

import java.time.Instant;
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

    public record VoucherView(UUID id, UUID elderId, String status, long balanceFen, long monthlyAmountFen,
            Set<String> categories, String districtCode) {
        static VoucherView of(Voucher v) {
            return new VoucherView(v.id(), v.elderId(), v.status().name(), v.balanceFen(), v.monthlyAmountFen(),
                    v.categories(), v.districtCode());
        }
    }

    public record LedgerEntryView(UUID id, int seq, String type, long amountFen, long balanceAfterFen, String period,
            String reference, Instant at) {
        static LedgerEntryView of(LedgerEntry e) {
            return new LedgerEntryView(e.id(), e.seq(), e.type().name(), e.amountFen(), e.balanceAfterFen(),
                    e.period(), e.reference(), e.at());
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
    @Operation(operationId = "listVouchers", summary = "Vouchers, one page (a provider names the elder)")
    public Paged<VoucherView> list(@QueryParam("elderId") String elderId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        UUID elder = elderId == null ? null : RequestValues.uuid("elderId", elderId);
        UUID provider = providers.readScope(callers.get()).orElse(null);
        if (provider != null && elder == null) {
            // a provider looks up its clients one by one; the city's whole register is not its to page through
            throw ApiProblem.badRequest("elderId", "is required for a provider");
        }
        return queries.list(provider, elder, paging.page(), paging.size()).map(VoucherView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR, Caller.CASEWORKER, Caller.PROVIDER })
    @Operation(operationId = "getVoucher", summary = "A voucher")
    public VoucherView get(@PathParam("id") String id) {
        UUID provider = providers.readScope(callers.get()).orElse(null);
        return VoucherView.of(queries.get(provider, RequestValues.uuid("id", id)));
    }

    @GET
    @Path("/{id}/ledger")
    @RolesAllowed({ Caller.CITY_ADMIN, Caller.AUDITOR })
    @Operation(operationId = "getVoucherLedger", summary = "A voucher's ledger, one page")
    public Paged<LedgerEntryView> ledger(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return queries.ledger(RequestValues.uuid("id", id), paging.page(), paging.size()).map(LedgerEntryView::of);
    }
}
