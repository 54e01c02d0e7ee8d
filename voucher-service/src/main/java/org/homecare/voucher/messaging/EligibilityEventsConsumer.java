package org.homecare.voucher.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.voucher.service.AccountService;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * eligibility.v1 → voucher accounts, a polled batch at a time. Every record is read first: an unreadable one is
 * dead-lettered alone, with the reason, and the rest of the batch is applied in one transaction
 * ({@link AccountService#applyAll}). Should that fail, the batch's events are applied one by one so that only the
 * event at fault goes to eligibility.v1.dlq. The batch is acknowledged only once all of this is done.
 */
@ApplicationScoped
public class EligibilityEventsConsumer {

    private static final Logger LOG = Logger.getLogger(EligibilityEventsConsumer.class);

    private record Read(KafkaRecord<String, String> record, EventEnvelope envelope) {
    }

    private record Failure(KafkaRecord<String, String> record, RuntimeException cause) {
    }

    private final AccountService accounts;

    public EligibilityEventsConsumer(AccountService accounts) {
        this.accounts = accounts;
    }

    // batches arrive one after the other; the work runs on a worker thread, off the Kafka event loop
    @Incoming("eligibility-events")
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
                reads.add(new Read(record, EventCodec.decode(record.getPayload())));
            } catch (RuntimeException unreadable) {
                failures.add(new Failure(record, unreadable));
            }
        }
        if (reads.isEmpty()) {
            return failures;
        }
        try {
            accounts.applyAll(reads.stream().map(Read::envelope).toList());
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "a batch of %d eligibility events failed; applying them one by one", reads.size());
            for (Read read : reads) {
                try {
                    accounts.apply(read.envelope());
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
