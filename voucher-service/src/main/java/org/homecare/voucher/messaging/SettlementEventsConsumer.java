package org.homecare.voucher.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.outage.OutageRetry;
import org.homecare.contracts.events.EventCodec;
import org.homecare.voucher.service.ProjectionService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** settlement.v1 → closed periods; failures go to settlement.v1.dlq. */
@ApplicationScoped
public class SettlementEventsConsumer {

    private final ProjectionService projections;

    public SettlementEventsConsumer(ProjectionService projections) {
        this.projections = projections;
    }

    @Incoming("settlement-events")
    @Blocking
    public void on(String json) {
        OutageRetry.run("a settlement.v1 event", () -> apply(json));
    }

    private void apply(String json) {
        projections.applySettlementEvent(EventCodec.decode(json));
    }
}
