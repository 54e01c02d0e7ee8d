package org.homecare.provider.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The prices of one contract. A price holds from its effective date until the same item's next price, so adding a
 * price never changes what was in force on an earlier date.
 */
public final class RateCard {

    public record Price(String itemCode, long unitPriceFen, LocalDate effectiveFrom) {
    }

    private final List<Price> prices;

    public RateCard(List<Price> prices) {
        this.prices = prices.stream()
                .sorted(Comparator.comparing(Price::itemCode).thenComparing(Price::effectiveFrom))
                .toList();
    }

    /** @return the price of the item in force on the date, empty before its first price */
    public Optional<Price> priceOn(String itemCode, LocalDate date) {
        return prices.stream()
                .filter(p -> p.itemCode().equals(itemCode) && !p.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(Price::effectiveFrom));
    }

    public boolean hasPriceFrom(String itemCode, LocalDate date) {
        return prices.stream().anyMatch(p -> p.itemCode().equals(itemCode) && p.effectiveFrom().equals(date));
    }

    public List<Price> prices() {
        return prices;
    }
}
