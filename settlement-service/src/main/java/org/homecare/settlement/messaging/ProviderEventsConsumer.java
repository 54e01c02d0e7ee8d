package org.homecare.settlement.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.homecare.contracts.events.ProviderEvents.CaregiverDeactivated;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.ProviderEvents.ContractActivated;
import org.homecare.contracts.events.ProviderEvents.ContractEnded;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.ProviderEvents.ProviderPayeeChanged;
import org.homecare.contracts.events.ProviderEvents.ProviderReinstated;
import org.homecare.contracts.events.ProviderEvents.ProviderSuspended;
import org.homecare.contracts.events.ProviderEvents.ProviderTerminated;
import org.homecare.contracts.events.Topics;
import org.homecare.contracts.messaging.EventRoutes;
import org.homecare.contracts.outage.OutageRetry;
import org.homecare.settlement.domain.ProviderStatus;
import org.homecare.settlement.service.PayeeDirectory;
import org.homecare.settlement.service.ProviderDirectory;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * provider.v1 → the provider directory and the payee accounts. Contract events are passed over: settlement never
 * prices a log.
 */
@ApplicationScoped
public class ProviderEventsConsumer {

    private final EventRoutes<?> routes;

    public ProviderEventsConsumer(ProviderDirectory directory, PayeeDirectory payees) {
        this.routes = EventRoutes.of(Topics.PROVIDER)
                .on(ProviderApproved.class, directory::approved)
                .on(ProviderSuspended.class, (id, e) -> directory.statusChanged(id, e.providerId(),
                        ProviderStatus.SUSPENDED, e.reason(), e.effectiveFrom()))
                // a reinstated provider is approved again
                .on(ProviderReinstated.class, (id, e) -> directory.statusChanged(id, e.providerId(),
                        ProviderStatus.APPROVED, e.reason(), e.effectiveFrom()))
                .on(ProviderTerminated.class, (id, e) -> directory.statusChanged(id, e.providerId(),
                        ProviderStatus.TERMINATED, e.reason(), e.effectiveFrom()))
                .on(CaregiverRegistered.class, directory::caregiverRegistered)
                .on(CaregiverDeactivated.class, directory::caregiverDeactivated)
                .on(ProviderPayeeChanged.class, payees::payeeChanged)
                .passOver(ContractActivated.class, ContractEnded.class);
    }

    @Incoming("provider-events")
    @Blocking
    public void on(String json) {
        OutageRetry.run("a provider.v1 event", () -> routes.dispatch(json));
    }
}
