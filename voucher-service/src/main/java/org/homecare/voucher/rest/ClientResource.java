package org.homecare.voucher.rest;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.caller.CallerOfRequest;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.service.ProviderDirectory;
import org.homecare.voucher.service.VoucherQueries;

/** A provider's client list: what its back office needs to plan visits and submit logs by card number. */
@Tag(name = "Clients", description = "The elders a provider serves or may serve")
@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientResource {

    /** One client: no elder id and no full name, which a provider's list has no need of. */
    public record ClientView(UUID voucherId,
            @Schema(description = "The 16-digit number on the voucher's card", pattern = "[0-9]{16}") String cardNumber,
            @Schema(description = "The elder's surname and one *, e.g. 张*; null while voucher-service knows no name",
                    nullable = true) String elderNameMasked,
            long balanceFen, String status, String districtCode, Set<String> categories) {
        static ClientView of(Voucher v) {
            return new ClientView(v.id(), v.cardNumber(), v.elderNameMasked(), v.balanceFen(), v.status().name(),
                    v.districtCode(), v.categories());
        }
    }

    private final VoucherQueries queries;
    private final CallerOfRequest callers;
    private final ProviderDirectory providers;

    public ClientResource(VoucherQueries queries, CallerOfRequest callers, ProviderDirectory providers) {
        this.queries = queries;
        this.callers = callers;
        this.providers = providers;
    }

    @GET
    @RolesAllowed(Caller.PROVIDER)
    @Operation(operationId = "listClients", summary = "The provider's clients, one page, in card-number order",
            description = "The vouchers the calling provider may serve (active, in a district of one of its contracts"
                    + " in force, with a category that contract prices) and those it served in the last "
                    + VoucherQueries.SERVED_MONTHS + " calendar months, the current one included (an accepted log,"
                    + " not voided). Nothing of any other voucher.")
    public Paged<ClientView> list(
            @Parameter(description = "Only the client of this card number (16 digits, the last a Luhn check digit)",
                    schema = @Schema(pattern = "[0-9]{16}")) @QueryParam("cardNumber") String cardNumber,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return queries.clients(providers.providerIdOf(callers.get()),
                QueryFilters.cardNumber("cardNumber", cardNumber), paging).map(ClientView::of);
    }
}
