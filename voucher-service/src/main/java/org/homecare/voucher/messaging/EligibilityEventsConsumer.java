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

    /**
     * Where a grant or a change gives the elder's name, masked: a field of the event's data that the records of
     * EligibilityGranted@1 and EligibilityChanged@1 do not have, so it is read from the text.
     */
    static final String ELDER_NAME = "elderNameMasked";
    private static final String ELDER_NAME_KEY = "\"" + ELDER_NAME + "\"";

    private final BatchConsumption<EligibilityEvent> consumption;

    public EligibilityEventsConsumer(AccountService accounts) {
        this.consumption = new BatchConsumption<>(Topics.ELIGIBILITY, record -> read(record.getPayload()),
                accounts::applyAll, accounts::apply);
    }

    static Optional<EligibilityEvent> read(String payload) {
        Optional<EligibilityEvent> event = ROUTES.read(payload);
        // the text is read a second time only when it has the field: events without a name cost nothing more
        if (event.isEmpty() || !payload.contains(ELDER_NAME_KEY)) {
            return event;
        }
        JsonNode name = EventCodec.decode(payload).data().path(ELDER_NAME);
        if (!name.isTextual()) {
            return event;
        }
        EligibilityEvent read = event.get();
        if (read instanceof EligibilityEvent.Granted granted) {
            return Optional.of(granted.withElderName(name.asText()));
        }
        if (read instanceof EligibilityEvent.Changed changed) {
            return Optional.of(changed.withElderName(name.asText()));
        }
        return event;
    }

    @Incoming("eligibility-events")
    public Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return consumption.consume(batch);
    }
}
