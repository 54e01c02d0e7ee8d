package org.homecare.voucher.messaging;

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
import org.homecare.voucher.domain.ProviderStatus;
import org.homecare.voucher.service.ProjectionService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** provider.v1 → provider, contract, rate card and caregiver projections; failures go to provider.v1.dlq. */
@ApplicationScoped
public class ProviderEventsConsumer {

    private final EventRoutes<?> routes;

    public ProviderEventsConsumer(ProjectionService projections) {
        this.routes = EventRoutes.of(Topics.PROVIDER)
                .on(ProviderApproved.class, projections::providerApproved)
                .on(ProviderSuspended.class, (id, e) -> projections.providerStatusChanged(id, e.providerId(),
                        ProviderStatus.SUSPENDED, e.effectiveFrom(), e.reason()))
                .on(ProviderReinstated.class, (id, e) -> projections.providerStatusChanged(id, e.providerId(),
                        ProviderStatus.ACTIVE, e.effectiveFrom(), e.reason()))
                .on(ProviderTerminated.class, (id, e) -> projections.providerStatusChanged(id, e.providerId(),
                        ProviderStatus.TERMINATED, e.effectiveFrom(), e.reason()))
                .on(ContractActivated.class, projections::contractActivated)
                .on(ContractEnded.class, projections::contractEnded)
                .on(CaregiverRegistered.class, projections::caregiverRegistered)
                .on(CaregiverDeactivated.class, projections::caregiverDeactivated)
                // the payee account is settlement-service's to pay to: not kept here
                .passOver(ProviderPayeeChanged.class);
    }

    @Incoming("provider-events")
    @Blocking
    public void on(String json) {
        OutageRetry.run("a provider.v1 event", () -> routes.dispatch(json));
    }
}
