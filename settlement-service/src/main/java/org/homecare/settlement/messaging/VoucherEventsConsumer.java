package org.homecare.settlement.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;
import org.homecare.settlement.service.LogLedger;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * voucher.v1 → the log ledger. Account events (issued, credited, ...) are not settlement's concern and are passed
 * over; an unreadable or unknown event throws, so it goes to voucher.v1.dlq with the reason.
 */
@ApplicationScoped
public class VoucherEventsConsumer {

    private final LogLedger ledger;

    public VoucherEventsConsumer(LogLedger ledger) {
        this.ledger = ledger;
    }

    // unordered: the ledger accepts any order of one log's events and locks per log, so records run in parallel
    @Incoming("voucher-events")
    @Blocking(value = "settlement-ledger", ordered = false)
    public void on(String json) {
        EventEnvelope envelope = EventCodec.decode(json);
        switch (envelope.type()) {
            case "ServiceLogAccepted" -> ledger.accepted(envelope.id(), EventCodec.data(envelope, ServiceLogAccepted.class));
            case "ServiceLogVoided" -> ledger.voided(envelope.id(), EventCodec.data(envelope, ServiceLogVoided.class));
            case "ServiceLogRejected" -> ledger.rejected(envelope.id(), EventCodec.data(envelope, ServiceLogRejected.class));
            default -> EventTypes.requireKnown(envelope);
        }
    }
}
