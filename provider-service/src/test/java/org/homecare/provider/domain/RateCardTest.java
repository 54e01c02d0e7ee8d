package org.homecare.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RateCardTest {

    private static final LocalDate JAN_1 = LocalDate.of(2030, 1, 1);
    private static final LocalDate JUL_1 = LocalDate.of(2030, 7, 1);

    private final RateCard card = new RateCard(List.of(
            new RateCard.Price("R01", 7000, JUL_1),
            new RateCard.Price("R01", 6000, JAN_1),
            new RateCard.Price("H01", 3000, JAN_1)));

    @Test
    void a_price_holds_until_the_next_price_of_the_same_item() {
        assertThat(card.priceOn("R01", JUL_1.minusDays(1)).orElseThrow().unitPriceFen()).isEqualTo(6000);
        assertThat(card.priceOn("R01", JUL_1).orElseThrow().unitPriceFen()).isEqualTo(7000);
        assertThat(card.priceOn("R01", LocalDate.of(2030, 12, 31)).orElseThrow().unitPriceFen()).isEqualTo(7000);
        assertThat(card.priceOn("H01", LocalDate.of(2030, 12, 31)).orElseThrow().unitPriceFen()).isEqualTo(3000);
    }

    @Test
    void no_price_before_the_first_one_or_for_another_item() {
        assertThat(card.priceOn("R01", JAN_1.minusDays(1))).isEmpty();
        assertThat(card.priceOn("M01", JUL_1)).isEmpty();
    }

    @Test
    void ceiling_schedule_uses_the_latest_ceiling_in_force() {
        CatalogueItem item = new CatalogueItem("X01", "REHAB", "测试", "Test", CatalogueItem.Unit.VISIT, 5000, 30,
                15, null);
        CeilingSchedule schedule = new CeilingSchedule(item, List.of(
                new CatalogueCeiling(UUID.randomUUID(), "X01", 5500, JUL_1, Instant.EPOCH)));
        assertThat(schedule.ceilingOn(JUL_1.minusDays(1))).isEqualTo(5000);
        assertThat(schedule.ceilingOn(JUL_1)).isEqualTo(5500);
    }
}
