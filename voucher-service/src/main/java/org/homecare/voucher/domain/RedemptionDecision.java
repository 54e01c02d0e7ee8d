package org.homecare.voucher.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link ServiceLogValidator} decided: no reasons means accepted; the price is known whenever a rate applies,
 * and {@code rate} (null when none applies) is the rate card entry it came from.
 */
public record RedemptionDecision(Set<RejectionReason> reasons, LocalDate serviceDate, YearMonth period,
        Optional<Price> price, ContractTerms.Rate rate) {

    public record Price(String category, long unitPriceFen, long amountFen) {
    }

    public boolean accepted() {
        return reasons.isEmpty();
    }
}
