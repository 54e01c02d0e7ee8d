package org.homecare.settlement.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.TypedEnvelope;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;
import org.homecare.contracts.outbox.OutboxRelay;
import org.homecare.settlement.service.LedgerEvent;
import org.homecare.settlement.service.LogBatchLedger;
import org.homecare.settlement.service.LogLedger;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * voucher.v1 → the log ledger, a polled batch at a time. Every record is read first: an unreadable or unknown event
 * is dead-lettered alone, with the reason, and the rest of the batch is applied in one transaction
 * ({@link LogBatchLedger}). Should that transaction fail, the batch's events are applied one by one
 * ({@link LogLedger}) so that only the event at fault goes to voucher.v1.dlq. Account events (issued, credited, ...)
 * are not settlement's concern and are passed over. The batch is acknowledged only once all of this is done.
 */
@ApplicationScoped
public class VoucherEventsConsumer {

    private static final Logger LOG = Logger.getLogger(VoucherEventsConsumer.class);

    private record Read(KafkaRecord<String, String> record, LedgerEvent event) {
    }

    private record Failure(KafkaRecord<String, String> record, RuntimeException cause) {
    }

    private final LogBatchLedger batchLedger;
    private final LogLedger ledger;

    public VoucherEventsConsumer(LogBatchLedger batchLedger, LogLedger ledger) {
        this.batchLedger = batchLedger;
        this.ledger = ledger;
    }

    // batches arrive one after the other; the work runs on a worker thread, off the Kafka event loop
    @Incoming("voucher-events")
    public Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return Uni.createFrom().item(() -> {
            deadLetter(apply(batch.getRecords()));
            return batch;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(b -> Uni.createFrom().completionStage(b.ack()));
    }

    private List<Failure> apply(List<KafkaRecord<String, String>> records) {
        List<Failure> failures = new ArrayList<>();
        List<Read> reads = new ArrayList<>(records.size());
        for (KafkaRecord<String, String> record : records) {
            try {
                read(record.getPayload(), typeHeader(record)).ifPresent(event -> reads.add(new Read(record, event)));
            } catch (RuntimeException unreadable) {
                failures.add(new Failure(record, unreadable));
            }
        }
        if (reads.isEmpty()) {
            return failures;
        }
        try {
            batchLedger.apply(reads.stream().map(Read::event).toList());
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "a batch of %d voucher events failed; applying them one by one", reads.size());
            for (Read read : reads) {
                try {
                    ledger.apply(read.event());
                } catch (RuntimeException failed) {
                    failures.add(new Failure(read.record(), failed));
                }
            }
        }
        return failures;
    }

    /** In delivery order, each sent to the dead-letter topic (with the reason) before the batch is acknowledged. */
    private static void deadLetter(List<Failure> failures) {
        for (Failure failure : failures) {
            failure.record().nack(failure.cause()).toCompletableFuture().join();
        }
    }

    private static String typeHeader(KafkaRecord<String, String> record) {
        Header header = record.getHeaders().lastHeader(OutboxRelay.HEADER_TYPE);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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
