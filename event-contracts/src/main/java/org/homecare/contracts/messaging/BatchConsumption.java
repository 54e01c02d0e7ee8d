package org.homecare.contracts.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.kafka.common.header.Header;
import org.homecare.contracts.outage.OutageRetry;
import org.homecare.contracts.outbox.OutboxRelay;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * How a busy topic is consumed, a polled batch at a time. Every record is read first: an unreadable one is
 * dead-lettered alone, with the reason, and the rest of the batch is applied in one transaction ({@code applyAll}).
 * Should that fail, the batch's events are applied one by one ({@code applyOne}, each in its own transaction) so that
 * only the event at fault goes to the dead-letter topic. The batch is acknowledged only once all of this is done:
 * nothing is acknowledged and dropped. While the database is unavailable, the work waits and is tried again
 * ({@link OutageRetry}): an outage is not the event's fault and sends nothing to the dead-letter topic.
 *
 * @param <E> what the service makes of a record
 */
public final class BatchConsumption<E> {

    /** Reads one record into the event to apply; empty for an event the consumer passes over; throws if unreadable. */
    @FunctionalInterface
    public interface Reader<E> {
        Optional<E> read(KafkaRecord<String, String> record);
    }

    private static final Logger LOG = Logger.getLogger(BatchConsumption.class);

    private record Read<E>(KafkaRecord<String, String> record, E event) {
    }

    private record Failure(KafkaRecord<String, String> record, RuntimeException cause) {
    }

    private final String topic;
    private final Reader<E> reader;
    private final Consumer<List<E>> applyAll;
    private final Consumer<E> applyOne;

    public BatchConsumption(String topic, Reader<E> reader, Consumer<List<E>> applyAll, Consumer<E> applyOne) {
        this.topic = topic;
        this.reader = reader;
        this.applyAll = applyAll;
        this.applyOne = applyOne;
    }

    /** Batches arrive one after the other; the work runs on a worker thread, off the Kafka event loop. */
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return Uni.createFrom().item(() -> {
            deadLetter(apply(batch.getRecords()));
            return batch;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(b -> Uni.createFrom().completionStage(b.ack()));
    }

    /** The {@code ce_type} header the outbox relay puts on every event, or null. */
    public static String typeHeader(KafkaRecord<String, String> record) {
        Header header = record.getHeaders().lastHeader(OutboxRelay.HEADER_TYPE);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private List<Failure> apply(List<KafkaRecord<String, String>> records) {
        List<Failure> failures = new ArrayList<>();
        List<Read<E>> reads = new ArrayList<>(records.size());
        for (KafkaRecord<String, String> record : records) {
            try {
                reader.read(record).ifPresent(event -> reads.add(new Read<>(record, event)));
            } catch (RuntimeException unreadable) {
                failures.add(new Failure(record, unreadable));
            }
        }
        if (reads.isEmpty()) {
            return failures;
        }
        List<E> events = reads.stream().map(Read::event).toList();
        try {
            OutageRetry.run("a batch of " + events.size() + " " + topic + " events", () -> applyAll.accept(events));
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "a batch of %d %s events failed; applying them one by one", reads.size(), topic);
            for (Read<E> read : reads) {
                try {
                    OutageRetry.run("a " + topic + " event", () -> applyOne.accept(read.event()));
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
}
