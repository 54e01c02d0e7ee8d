package org.homecare.settlement.service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.events.ProviderEvents.CaregiverDeactivated;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.inbox.Inbox;
import org.homecare.settlement.domain.CaregiverRef;
import org.homecare.settlement.domain.ProviderRef;
import org.homecare.settlement.domain.ProviderStatus;
import org.homecare.settlement.domain.ProviderStatusChange;
import org.homecare.settlement.repository.CaregiverRefRepository;
import org.homecare.settlement.repository.ProviderRefRepository;
import org.homecare.settlement.repository.ProviderStatusChangeRepository;

/** Settlement's projection of provider.v1: names and credit codes, status history, caregivers' person keys. */
@ApplicationScoped
@Transactional
public class ProviderDirectory {

    static final String CONSUMER = "settlement-service:provider.v1";

    private final Inbox inbox;
    private final ProviderRefRepository providers;
    private final ProviderStatusChangeRepository statusChanges;
    private final CaregiverRefRepository caregivers;
    private final BusinessClock clock;

    public ProviderDirectory(Inbox inbox, ProviderRefRepository providers,
            ProviderStatusChangeRepository statusChanges, CaregiverRefRepository caregivers, BusinessClock clock) {
        this.inbox = inbox;
        this.providers = providers;
        this.statusChanges = statusChanges;
        this.caregivers = caregivers;
        this.clock = clock;
    }

    /** The provider a token's credit code stands for: only one the city approved (ProviderApproved) is known here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> providerIdOf(String creditCode) {
        return providers.byCreditCode(creditCode).map(ProviderRef::id);
    }

    public void approved(UUID eventId, ProviderApproved e) {
        require(e.providerId() != null && e.creditCode() != null && e.name() != null, "ProviderApproved " + eventId);
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        providers.findByIdOptional(e.providerId()).ifPresentOrElse(
                p -> p.rename(e.creditCode(), e.name(), clock.instant()),
                () -> providers.persist(ProviderRef.approved(e.providerId(), e.creditCode(), e.name(),
                        clock.instant())));
        statusChanges.persist(new ProviderStatusChange(e.providerId(), ProviderStatus.APPROVED, null, effective(e.effectiveFrom())));
    }

    /** Suspension, reinstatement or termination. */
    public void statusChanged(UUID eventId, UUID providerId, ProviderStatus status, String reason, LocalDate from) {
        require(providerId != null, "provider status event " + eventId + " lacks providerId");
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        providers.findByIdOptional(providerId).ifPresent(p -> p.changeStatus(status, clock.instant()));
        statusChanges.persist(new ProviderStatusChange(providerId, status, reason, effective(from)));
    }

    public void caregiverRegistered(UUID eventId, CaregiverRegistered e) {
        require(e.caregiverId() != null && e.providerId() != null && e.personKey() != null,
                "CaregiverRegistered " + eventId);
        if (!inbox.firstDelivery(CONSUMER, eventId) || caregivers.findByIdOptional(e.caregiverId()).isPresent()) {
            return;
        }
        caregivers.persist(new CaregiverRef(e.caregiverId(), e.providerId(), e.personKey(), e.certificationLevel(),
                effective(e.effectiveFrom())));
    }

    public void caregiverDeactivated(UUID eventId, CaregiverDeactivated e) {
        require(e.caregiverId() != null, "CaregiverDeactivated " + eventId);
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        caregivers.findByIdOptional(e.caregiverId()).ifPresent(c -> c.deactivate(effective(e.effectiveFrom())));
    }


    private LocalDate effective(LocalDate from) {
        return from != null ? from : clock.today();
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new MalformedEventException(what + " lacks required fields");
        }
    }
}
