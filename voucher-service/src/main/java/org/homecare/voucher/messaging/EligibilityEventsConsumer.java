package org.homecare.voucher.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.Topics;
import org.homecare.contracts.messaging.BatchConsumption;
import org.homecare.contracts.messaging.EventRoutes;
import org.homecare.voucher.service.AccountService;
import org.homecare.voucher.service.EligibilityEvent;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * eligibility.v1 → voucher accounts, a polled batch at a time ({@link BatchConsumption}): the batch in one transaction
 * ({@link AccountService#applyAll}), one by one should it fail, so only the event at fault goes to
 * eligibility.v1.dlq.
 */
@ApplicationScoped
public class EligibilityEventsConsumer {

    private static final EventRoutes<EligibilityEvent> ROUTES = EventRoutes.<EligibilityEvent>of(Topics.ELIGIBILITY)
            .read(EligibilityGranted.class, EligibilityEvent.Granted::new)
            .read(EligibilityChanged.class, EligibilityEvent.Changed::new)
            .read(EligibilityRevoked.class, EligibilityEvent.Revoked::new);

    private final BatchConsumption<EligibilityEvent> consumption;

    public EligibilityEventsConsumer(AccountService accounts) {
        this.consumption = new BatchConsumption<>(Topics.ELIGIBILITY, record -> ROUTES.read(record.getPayload()),
                accounts::applyAll, accounts::apply);
    }

    @Incoming("eligibility-events")
    public Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return consumption.consume(batch);
    }
}
