package org.homecare.voucher.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A provider's contract with its rate card, as the validator needs it. */
public record ContractTerms(UUID contractId, LocalDate validFrom, LocalDate validTo, LocalDate endedOn,
        Set<String> districtCodes, List<Rate> rates) {

    /**
     * A price in force from {@code effectiveFrom} until the next price of the same item, with the catalogue's duration
     * rules ({@code minMinutes} and {@code unitRounding} null when the catalogue sets none).
     */
    public record Rate(String itemCode, String category, long unitPriceFen, LocalDate effectiveFrom, String unit,
            Integer minMinutes, UnitRounding unitRounding) {
        /** A per-visit price without duration rules. */
        public Rate(String itemCode, String category, long unitPriceFen, LocalDate effectiveFrom) {
            this(itemCode, category, unitPriceFen, effectiveFrom, "VISIT", null, null);
        }
    }

    /** validTo and endedOn (ContractEnded's, when the contract ended early) are both the last covered day. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo) && (endedOn == null || !date.isAfter(endedOn));
    }

    /** The item's latest price effective on the date (a loop: it runs for every log submitted). */
    public Optional<Rate> rateOn(String itemCode, LocalDate date) {
        Rate found = null;
        for (Rate rate : rates) {
            if (rate.itemCode().equals(itemCode) && !rate.effectiveFrom().isAfter(date)
                    && (found == null || rate.effectiveFrom().isAfter(found.effectiveFrom()))) {
                found = rate;
            }
        }
        return Optional.ofNullable(found);
    }

    public static ContractTerms of(Contract contract, List<ContractRate> rates) {
        return new ContractTerms(contract.id(), contract.validFrom(), contract.validTo(), contract.endedOn(),
                contract.districtCodes(), rates.stream()
                        .map(r -> new Rate(r.itemCode(), r.category(), r.unitPriceFen(), r.effectiveFrom(), r.unit(),
                                r.minMinutes(), r.unitRounding()))
                        .toList());
    }
}
