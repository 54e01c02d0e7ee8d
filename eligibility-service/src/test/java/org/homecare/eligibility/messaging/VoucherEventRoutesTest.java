package org.homecare.eligibility.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EventCatalog;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.Topics;
import org.homecare.contracts.events.VoucherEvents.ServiceLogCorrected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogHeld;
import org.homecare.contracts.events.VoucherEvents.VoucherIssued;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class VoucherEventRoutesTest {

    @Test
    void every_voucher_event_but_the_issue_is_passed_over_and_none_is_dead_lettered() {
        List<Class<? extends DomainEvent>> others = EventCatalog.all().stream()
                .filter(type -> EventCatalog.topicOf(type).equals(Topics.VOUCHER))
                .filter(type -> type != VoucherIssued.class).toList();
        assertThat(others).contains(ServiceLogHeld.class, ServiceLogCorrected.class);

        for (Class<? extends DomainEvent> type : others) {
            // a passed-over event is read as an envelope only, so its data need not be complete
            String json = EventCodec.encode(new EventEnvelope(UUID.randomUUID(), type.getSimpleName(),
                    "voucher-service", Instant.now(), UUID.randomUUID().toString(), null,
                    JsonNodeFactory.instance.objectNode()));
            assertThat(VoucherEventsConsumer.ROUTES.read(json, type.getSimpleName())).as(type.getSimpleName())
                    .isEmpty();
        }
    }
}
