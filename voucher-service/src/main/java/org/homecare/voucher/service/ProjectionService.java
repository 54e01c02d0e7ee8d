package org.homecare.voucher.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.events.ProviderEvents.CaregiverDeactivated;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.ProviderEvents.ContractActivated;
import org.homecare.contracts.events.ProviderEvents.ContractEnded;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.ProviderEvents.ProviderReinstated;
import org.homecare.contracts.events.ProviderEvents.ProviderSuspended;
import org.homecare.contracts.events.ProviderEvents.ProviderTerminated;
import org.homecare.contracts.events.SettlementEvents.PeriodClosed;
import org.homecare.contracts.inbox.Inbox;
import org.homecare.voucher.domain.Caregiver;
import org.homecare.voucher.domain.ClosedPeriod;
import org.homecare.voucher.domain.Contract;
import org.homecare.voucher.domain.ContractRate;
import org.homecare.voucher.domain.Provider;
import org.homecare.voucher.domain.ProviderStatus;
import org.homecare.voucher.domain.ProviderStatusChange;
import org.homecare.voucher.repository.CaregiverRepository;
import org.homecare.voucher.repository.ClosedPeriodRepository;
import org.homecare.voucher.repository.ContractRepository;
import org.homecare.voucher.repository.ProviderRepository;
import org.homecare.voucher.repository.ProviderStatusChangeRepository;

/**
 * Keeps the local projections of provider.v1 and settlement.v1. Each event is applied once (inbox, same transaction)
 * and each apply is an upsert that needs no earlier event, so a caregiver or contract seen before its provider is kept.
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

    public void applyProviderEvent(EventEnvelope envelope) {
        if (!inbox.firstDelivery(PROVIDER_CONSUMER, envelope.id())) {
            return;
        }
        switch (envelope.type()) {
            case "ProviderApproved" -> approved(EventCodec.data(envelope, ProviderApproved.class));
            case "ProviderSuspended" -> {
                ProviderSuspended e = EventCodec.data(envelope, ProviderSuspended.class);
                status(e.providerId(), ProviderStatus.SUSPENDED, e.effectiveFrom(), e.reason());
            }
            case "ProviderReinstated" -> {
                ProviderReinstated e = EventCodec.data(envelope, ProviderReinstated.class);
                status(e.providerId(), ProviderStatus.ACTIVE, e.effectiveFrom(), e.reason());
            }
            case "ProviderTerminated" -> {
                ProviderTerminated e = EventCodec.data(envelope, ProviderTerminated.class);
                status(e.providerId(), ProviderStatus.TERMINATED, e.effectiveFrom(), e.reason());
            }
            case "ProviderPayeeChanged" -> {
                // the payee account is settlement-service's concern: passed over unread
            }
            case "ContractActivated" -> contractActivated(EventCodec.data(envelope, ContractActivated.class));
            case "ContractEnded" -> contractEnded(EventCodec.data(envelope, ContractEnded.class));
            case "CaregiverRegistered" -> caregiverRegistered(EventCodec.data(envelope, CaregiverRegistered.class));
            case "CaregiverDeactivated" -> caregiverDeactivated(EventCodec.data(envelope, CaregiverDeactivated.class));
            default -> throw new MalformedEventException("unknown event type " + envelope.type() + " on provider.v1");
        }
    }

    public void applySettlementEvent(EventEnvelope envelope) {
        if (!"PeriodClosed".equals(envelope.type())) {
            // the statement workflow events concern settlement-service only
            return;
        }
        if (!inbox.firstDelivery(SETTLEMENT_CONSUMER, envelope.id())) {
            return;
        }
        PeriodClosed closed = EventCodec.data(envelope, PeriodClosed.class);
        require(closed.period() != null && closed.period().matches("\\d{4}-(0[1-9]|1[0-2])"), envelope,
                "period must look like 2026-11");
        if (!closedPeriods.isClosed(closed.period())) {
            closedPeriods.persist(new ClosedPeriod(closed.period(), closed.closedAt()));
            audit.record(ACTOR_SETTLEMENT, "PERIOD_CLOSED", "Period", closed.period(), null, closed);
        }
    }

    private void approved(ProviderApproved e) {
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

    private void status(UUID providerId, ProviderStatus status, java.time.LocalDate from, String reason) {
        providerStatus.persist(new ProviderStatusChange(providerId, providerStatus.nextSeq(providerId), status, from));
        audit.record(ACTOR_PROVIDER, "PROVIDER_" + status, "Provider", providerId.toString(), null,
                Map.of("status", status, "effectiveFrom", from, "reason", String.valueOf(reason)));
    }

    private void contractActivated(ContractActivated e) {
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
                        r.effectiveFrom()))
                .toList());
        audit.record(ACTOR_PROVIDER, "CONTRACT_ACTIVATED", "Contract", e.contractId().toString(), null, e);
    }

    private void contractEnded(ContractEnded e) {
        contracts.findByIdOptional(e.contractId()).ifPresentOrElse(contract -> {
            contract.end(e.endedOn());
            audit.record(ACTOR_PROVIDER, "CONTRACT_ENDED", "Contract", e.contractId().toString(), null, e);
        }, () -> audit.record(ACTOR_PROVIDER, "CONTRACT_ENDED_UNKNOWN", "Contract", e.contractId().toString(), null,
                e));
    }

    private void caregiverRegistered(CaregiverRegistered e) {
        Caregiver caregiver = caregivers.findByIdOptional(e.caregiverId())
                .orElseGet(() -> new Caregiver(e.caregiverId(), e.providerId(), e.personKey()));
        caregiver.register(e.providerId(), e.personKey(), e.effectiveFrom());
        if (!caregivers.isPersistent(caregiver)) {
            caregivers.persist(caregiver);
        }
        audit.record(ACTOR_PROVIDER, "CAREGIVER_REGISTERED", "Caregiver", e.caregiverId().toString(), null,
                Map.of("providerId", e.providerId(), "effectiveFrom", e.effectiveFrom()));
    }

    private void caregiverDeactivated(CaregiverDeactivated e) {
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

    private static void require(boolean condition, EventEnvelope envelope, String message) {
        if (!condition) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + ": " + message);
        }
    }
}
