package org.homecare.settlement.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.outage.OutageRetry;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.ProviderEvents.CaregiverDeactivated;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.ProviderEvents.ProviderPayeeChanged;
import org.homecare.contracts.events.ProviderEvents.ProviderReinstated;
import org.homecare.contracts.events.ProviderEvents.ProviderSuspended;
import org.homecare.contracts.events.ProviderEvents.ProviderTerminated;
import org.homecare.settlement.service.PayeeDirectory;
import org.homecare.settlement.service.ProviderDirectory;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * provider.v1 → the provider directory and the payee accounts. Contract events are passed over: settlement never
 * prices a log.
 */
@ApplicationScoped
public class ProviderEventsConsumer {

    private final ProviderDirectory directory;
    private final PayeeDirectory payees;

    public ProviderEventsConsumer(ProviderDirectory directory, PayeeDirectory payees) {
        this.directory = directory;
        this.payees = payees;
    }

    @Incoming("provider-events")
    @Blocking
    public void on(String json) {
        OutageRetry.run("a provider.v1 event", () -> apply(json));
    }

    private void apply(String json) {
        EventEnvelope envelope = EventCodec.decode(json);
        switch (envelope.type()) {
            case "ProviderApproved" -> directory.approved(envelope.id(), EventCodec.data(envelope, ProviderApproved.class));
            case "ProviderSuspended" -> {
                ProviderSuspended e = EventCodec.data(envelope, ProviderSuspended.class);
                directory.statusChanged(envelope.id(), e.providerId(), "SUSPENDED", e.reason(), e.effectiveFrom());
            }
            case "ProviderReinstated" -> {
                ProviderReinstated e = EventCodec.data(envelope, ProviderReinstated.class);
                directory.statusChanged(envelope.id(), e.providerId(), "APPROVED", e.reason(), e.effectiveFrom());
            }
            case "ProviderTerminated" -> {
                ProviderTerminated e = EventCodec.data(envelope, ProviderTerminated.class);
                directory.statusChanged(envelope.id(), e.providerId(), "TERMINATED", e.reason(), e.effectiveFrom());
            }
            case "CaregiverRegistered" -> directory.caregiverRegistered(envelope.id(),
                    EventCodec.data(envelope, CaregiverRegistered.class));
            case "CaregiverDeactivated" -> directory.caregiverDeactivated(envelope.id(),
                    EventCodec.data(envelope, CaregiverDeactivated.class));
            case "ProviderPayeeChanged" -> payees.payeeChanged(envelope.id(),
                    EventCodec.data(envelope, ProviderPayeeChanged.class));
            default -> EventTypes.requireKnown(envelope);
        }
    }
}
