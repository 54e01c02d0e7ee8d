package org.homecare.settlement.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.events.VoucherEvents.ServiceLogCorrected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogHeld;
import org.junit.jupiter.api.Test;

/**
 * What the voucher.v1 consumer makes of each event, without Kafka: a type it neither applies nor passes over throws,
 * which dead-letters the record.
 */
class VoucherEventRoutesTest {

    private static String text(DomainEvent event) {
        return EventCodec.encode(EventCodec.envelope(UUID.randomUUID(), event, "voucher-service", Instant.now()));
    }

    @Test
    void held_and_corrected_logs_are_passed_over_not_dead_lettered() {
        UUID log = UUID.randomUUID();
        ServiceLogHeld held = new ServiceLogHeld(log, "PL-1", UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "HK01", 3_000, LocalDate.of(2026, 11, 3), "2026-11",
                List.of("LOCATION_MISMATCH"), Instant.parse("2026-11-03T03:00:00Z"));
        ServiceLogCorrected corrected = new ServiceLogCorrected(UUID.randomUUID(), log, "PL-1", held.providerId(),
                held.voucherId(), 2, "wrong item", List.of("itemCode"), "2026-11",
                Instant.parse("2026-11-04T03:00:00Z"));
        for (DomainEvent event : List.of(held, corrected)) {
            String type = event.getClass().getSimpleName();
            assertThat(VoucherEventsConsumer.ROUTES.read(text(event), type)).as(type).isEmpty();
            assertThat(VoucherEventsConsumer.ROUTES.read(text(event), null)).as(type + " without header").isEmpty();
        }
    }

    @Test
    void an_unknown_type_is_not_passed_over() {
        String unknown = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"ServiceLogExploded\",\"data\":{}}";
        assertThatThrownBy(() -> VoucherEventsConsumer.ROUTES.read(unknown, "ServiceLogExploded"))
                .isInstanceOf(MalformedEventException.class);
    }
}
