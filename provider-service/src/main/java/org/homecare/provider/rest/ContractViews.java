package org.homecare.provider.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.provider.domain.ContractRate;
import org.homecare.provider.service.ContractService;

/** Responses of the contract endpoints. */
public final class ContractViews {

    public record RateView(String itemCode, long unitPriceFen, LocalDate effectiveFrom) {
        static RateView of(ContractRate rate) {
            return new RateView(rate.itemCode(), rate.unitPriceFen(), rate.effectiveFrom());
        }
    }

    public record ContractView(UUID id, UUID providerId, LocalDate validFrom, LocalDate validTo,
            Set<String> districtCodes, String status, @Schema(nullable = true) LocalDate endedOn,
            @Schema(nullable = true) String endReason, Instant createdAt, List<RateView> rates) {
    }

    public record PriceView(UUID contractId, String itemCode, LocalDate date, long unitPriceFen,
            LocalDate effectiveFrom) {
        static PriceView of(ContractService.PriceOnDate price) {
            return new PriceView(price.contractId(), price.itemCode(), price.date(), price.unitPriceFen(),
                    price.effectiveFrom());
        }
    }

    static ContractView of(ContractService.ContractCard card) {
        var c = card.contract();
        return new ContractView(c.id(), c.providerId(), c.validFrom(), c.validTo(), c.districtCodes(),
                c.status().name(), c.endedOn(), c.endReason(), c.createdAt(),
                card.rates().stream().map(RateView::of).toList());
    }

    private ContractViews() {
    }
}
