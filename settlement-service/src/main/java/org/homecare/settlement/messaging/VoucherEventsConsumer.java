package org.homecare.settlement.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.TypedEnvelope;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;
import org.homecare.contracts.messaging.BatchConsumption;
import org.homecare.settlement.service.LedgerEvent;
import org.homecare.settlement.service.LogBatchLedger;
import org.homecare.settlement.service.LogLedger;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * voucher.v1 → the log ledger, a polled batch at a time ({@link BatchConsumption}): the batch in one transaction
 * ({@link LogBatchLedger}), one by one ({@link LogLedger}) should it fail, so only the event at fault goes to
 * voucher.v1.dlq. Account events (issued, credited, ...) are not settlement's concern and are passed over.
 */
@ApplicationScoped
public class VoucherEventsConsumer {

    private final BatchConsumption<LedgerEvent> consumption;

    public VoucherEventsConsumer(LogBatchLedger batchLedger, LogLedger ledger) {
        this.consumption = new BatchConsumption<>("voucher.v1",
                record -> read(record.getPayload(), BatchConsumption.typeHeader(record)), batchLedger::apply,
                ledger::apply);
    }

    @Incoming("voucher-events")
    public Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return consumption.consume(batch);
    }

    /**
     * @param headerType the {@code ce_type} header the outbox relay puts on every event, or null: when it names a log
     *            event, the text is read straight into its record (this topic's volume makes the second pass of the
     *            generic envelope-then-data reading the largest cost of consuming it)
     * @return the event to apply, or empty for an event settlement passes over; throws for an unreadable one
     */
    static Optional<LedgerEvent> read(String json, String headerType) {
        if (headerType != null) {
            switch (headerType) {
                case "ServiceLogAccepted" -> {
                    TypedEnvelope<ServiceLogAccepted> e = EventCodec.decode(json, ServiceLogAccepted.class);
                    return Optional.of(new LedgerEvent.Accepted(e.id(), e.data()));
                }
                case "ServiceLogVoided" -> {
                    TypedEnvelope<ServiceLogVoided> e = EventCodec.decode(json, ServiceLogVoided.class);
                    return Optional.of(new LedgerEvent.Voided(e.id(), e.data()));
                }
                case "ServiceLogRejected" -> {
                    TypedEnvelope<ServiceLogRejected> e = EventCodec.decode(json, ServiceLogRejected.class);
                    return Optional.of(new LedgerEvent.Rejected(e.id(), e.data()));
                }
                default -> {
                    // other types are read the generic way below
                }
            }
        }
        return read(json);
    }

    /** The generic reading, for records without the header (or of a type settlement passes over). */
    static Optional<LedgerEvent> read(String json) {
        EventEnvelope envelope = EventCodec.decode(json);
        return switch (envelope.type()) {
            case "ServiceLogAccepted" -> Optional.of(new LedgerEvent.Accepted(envelope.id(),
                    EventCodec.data(envelope, ServiceLogAccepted.class)));
            case "ServiceLogVoided" -> Optional.of(new LedgerEvent.Voided(envelope.id(),
                    EventCodec.data(envelope, ServiceLogVoided.class)));
            case "ServiceLogRejected" -> Optional.of(new LedgerEvent.Rejected(envelope.id(),
                    EventCodec.data(envelope, ServiceLogRejected.class)));
            default -> {
                EventTypes.requireKnown(envelope);
                yield Optional.empty();
            }
        };
    }
}
