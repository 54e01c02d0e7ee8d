package org.homecare.voucher.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.messaging.BatchConsumption;
import org.homecare.voucher.service.AccountService;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * eligibility.v1 → voucher accounts, a polled batch at a time ({@link BatchConsumption}): the batch in one transaction
 * ({@link AccountService#applyAll}), one by one should it fail, so only the event at fault goes to
 * eligibility.v1.dlq.
 */
@ApplicationScoped
public class EligibilityEventsConsumer {

    private final BatchConsumption<EventEnvelope> consumption;

    public EligibilityEventsConsumer(AccountService accounts) {
        this.consumption = new BatchConsumption<>("eligibility.v1",
                record -> Optional.of(EventCodec.decode(record.getPayload())), accounts::applyAll, accounts::apply);
    }

    @Incoming("eligibility-events")
    public Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return consumption.consume(batch);
    }
}
