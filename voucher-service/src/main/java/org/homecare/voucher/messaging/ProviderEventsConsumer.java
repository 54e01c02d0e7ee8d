package org.homecare.voucher.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.outage.OutageRetry;
import org.homecare.contracts.events.EventCodec;
import org.homecare.voucher.service.ProjectionService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** provider.v1 → provider, contract, rate card and caregiver projections; failures go to provider.v1.dlq. */
@ApplicationScoped
public class ProviderEventsConsumer {

    private final ProjectionService projections;

    public ProviderEventsConsumer(ProjectionService projections) {
        this.projections = projections;
    }

    @Incoming("provider-events")
    @Blocking
    public void on(String json) {
        OutageRetry.run("a provider.v1 event", () -> apply(json));
    }

    private void apply(String json) {
        projections.applyProviderEvent(EventCodec.decode(json));
    }
}
