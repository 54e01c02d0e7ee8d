package org.homecare.voucher.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.events.ProviderEvents.CaregiverDeactivated;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.ProviderEvents.ContractActivated;
import org.homecare.contracts.events.ProviderEvents.ContractEnded;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.SettlementEvents.PeriodClosed;
import org.homecare.contracts.inbox.Inbox;
import org.homecare.voucher.domain.Caregiver;
import org.homecare.voucher.domain.ClosedPeriod;
import org.homecare.voucher.domain.Contract;
import org.homecare.voucher.domain.ContractRate;
import org.homecare.voucher.domain.UnitRounding;
import org.homecare.voucher.domain.Provider;
import org.homecare.voucher.domain.ProviderStatus;
import org.homecare.voucher.domain.ProviderStatusChange;
import org.homecare.voucher.repository.CaregiverRepository;
import org.homecare.voucher.repository.ClosedPeriodRepository;
import org.homecare.voucher.repository.ContractRepository;
import org.homecare.voucher.repository.ProviderRepository;
import org.homecare.voucher.repository.ProviderStatusChangeRepository;

/**
 * Keeps the local projections of provider.v1 and settlement.v1, one method per event the consumers route here. Each
 * event is applied once (inbox, same transaction) and each apply is an upsert that needs no earlier event, so a
 * caregiver or contract seen before its provider is kept.
 */
@ApplicationScoped
@Transactional
public class ProjectionService {

    public static final String PROVIDER_CONSUMER = "voucher-service:provider.v1";
    public static final String SETTLEMENT_CONSUMER = "voucher-service:settlement.v1";
    private static final String ACTOR_PROVIDER = "system:provider-events";
    private static final String ACTOR_SETTLEMENT = "system:settlement-events";

    private final Inbox inbox;
    private final AuditTrail audit;
    private final ProviderRepository providers;
    private final ProviderStatusChangeRepository providerStatus;
    private final ContractRepository contracts;
    private final CaregiverRepository caregivers;
    private final ClosedPeriodRepository closedPeriods;

    public ProjectionService(Inbox inbox, AuditTrail audit, ProviderRepository providers,
            ProviderStatusChangeRepository providerStatus, ContractRepository contracts,
            CaregiverRepository caregivers, ClosedPeriodRepository closedPeriods) {
        this.inbox = inbox;
        this.audit = audit;
        this.providers = providers;
        this.providerStatus = providerStatus;
        this.contracts = contracts;
        this.caregivers = caregivers;
        this.closedPeriods = closedPeriods;
    }

    public void providerApproved(UUID eventId, ProviderApproved e) {
        if (inbox.firstDelivery(PROVIDER_CONSUMER, eventId)) {
            approve(e);
        }
    }

    /** Suspension, reinstatement (active again) or termination. */
    public void providerStatusChanged(UUID eventId, UUID providerId, ProviderStatus status, LocalDate from,
            String reason) {
        if (inbox.firstDelivery(PROVIDER_CONSUMER, eventId)) {
            recordStatus(providerId, status, from, reason);
        }
    }

    public void contractActivated(UUID eventId, ContractActivated e) {
        if (inbox.firstDelivery(PROVIDER_CONSUMER, eventId)) {
            activateContract(e);
        }
    }

    public void contractEnded(UUID eventId, ContractEnded e) {
        if (inbox.firstDelivery(PROVIDER_CONSUMER, eventId)) {
            endContract(e);
        }
    }

    public void caregiverRegistered(UUID eventId, CaregiverRegistered e) {
        if (inbox.firstDelivery(PROVIDER_CONSUMER, eventId)) {
            registerCaregiver(e);
        }
    }

    public void caregiverDeactivated(UUID eventId, CaregiverDeactivated e) {
        if (inbox.firstDelivery(PROVIDER_CONSUMER, eventId)) {
            deactivateCaregiver(e);
        }
    }

    public void periodClosed(UUID eventId, PeriodClosed closed) {
        if (!inbox.firstDelivery(SETTLEMENT_CONSUMER, eventId)) {
            return;
        }
        if (closed.period() == null || !closed.period().matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new MalformedEventException("PeriodClosed " + eventId + ": period must look like 2026-11");
        }
        if (!closedPeriods.isClosed(closed.period())) {
            closedPeriods.persist(new ClosedPeriod(closed.period(), closed.closedAt()));
            audit.record(ACTOR_SETTLEMENT, "PERIOD_CLOSED", "Period", closed.period(), null, closed);
        }
    }

    private void approve(ProviderApproved e) {
        Provider provider = providers.findByIdOptional(e.providerId()).orElseGet(() -> new Provider(e.providerId()));
        Map<String, Object> before = snapshot(provider);
        provider.describe(e.creditCode(), e.name(), e.districtCodes(), e.categories());
        if (!providers.isPersistent(provider)) {
            providers.persist(provider);
        }
        providerStatus.persist(new ProviderStatusChange(e.providerId(), providerStatus.nextSeq(e.providerId()),
                ProviderStatus.ACTIVE, e.effectiveFrom()));
        audit.record(ACTOR_PROVIDER, "PROVIDER_APPROVED", "Provider", e.providerId().toString(), before,
                snapshot(provider));
    }

    private void recordStatus(UUID providerId, ProviderStatus status, LocalDate from, String reason) {
        providerStatus.persist(new ProviderStatusChange(providerId, providerStatus.nextSeq(providerId), status, from));
        audit.record(ACTOR_PROVIDER, "PROVIDER_" + status, "Provider", providerId.toString(), null,
                Map.of("status", status, "effectiveFrom", from, "reason", String.valueOf(reason)));
    }

    private void activateContract(ContractActivated e) {
        // Hibernate takes an entity's insert values when persist is called: complete it first
        Contract contract = contracts.findByIdOptional(e.contractId())
                .orElseGet(() -> new Contract(e.contractId(), e.providerId()));
        contract.activate(e.validFrom(), e.validTo(), e.districtCodes());
        if (!contracts.isPersistent(contract)) {
            contracts.persist(contract);
        }
        // the event carries the whole card: it replaces the one we had
        contracts.replaceRates(e.contractId(), e.rates().stream()
                .map(r -> new ContractRate(e.contractId(), r.itemCode(), r.category(), r.unit(), r.unitPriceFen(),
                        r.effectiveFrom(), r.minMinutes(),
                        r.unitRounding() == null ? null : UnitRounding.valueOf(r.unitRounding())))
                .toList());
        audit.record(ACTOR_PROVIDER, "CONTRACT_ACTIVATED", "Contract", e.contractId().toString(), null, e);
    }

    private void endContract(ContractEnded e) {
        contracts.findByIdOptional(e.contractId()).ifPresentOrElse(contract -> {
            contract.end(e.endedOn());
            audit.record(ACTOR_PROVIDER, "CONTRACT_ENDED", "Contract", e.contractId().toString(), null, e);
        }, () -> audit.record(ACTOR_PROVIDER, "CONTRACT_ENDED_UNKNOWN", "Contract", e.contractId().toString(), null,
                e));
    }

    private void registerCaregiver(CaregiverRegistered e) {
        Caregiver caregiver = caregivers.findByIdOptional(e.caregiverId())
                .orElseGet(() -> new Caregiver(e.caregiverId(), e.providerId(), e.personKey()));
        caregiver.register(e.providerId(), e.personKey(), e.effectiveFrom());
        if (!caregivers.isPersistent(caregiver)) {
            caregivers.persist(caregiver);
        }
        audit.record(ACTOR_PROVIDER, "CAREGIVER_REGISTERED", "Caregiver", e.caregiverId().toString(), null,
                Map.of("providerId", e.providerId(), "effectiveFrom", e.effectiveFrom()));
    }

    private void deactivateCaregiver(CaregiverDeactivated e) {
        // deactivation seen first: keep it, a later registration fills in the start
        Caregiver caregiver = caregivers.findByIdOptional(e.caregiverId())
                .orElseGet(() -> new Caregiver(e.caregiverId(), e.providerId(), e.personKey()));
        caregiver.deactivate(e.effectiveFrom());
        if (!caregivers.isPersistent(caregiver)) {
            caregivers.persist(caregiver);
        }
        audit.record(ACTOR_PROVIDER, "CAREGIVER_DEACTIVATED", "Caregiver", e.caregiverId().toString(), null,
                Map.of("providerId", e.providerId(), "effectiveFrom", e.effectiveFrom()));
    }

    private static Map<String, Object> snapshot(Provider p) {
        return Map.of("creditCode", String.valueOf(p.creditCode()), "name", String.valueOf(p.name()),
                "districtCodes", p.districtCodes(), "categories", p.categories());
    }
}
