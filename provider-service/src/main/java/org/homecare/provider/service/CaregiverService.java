package org.homecare.provider.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.Paged;
import org.homecare.provider.domain.Caregiver;
import org.homecare.provider.domain.IllegalTransitionException;
import org.homecare.provider.domain.Provider;
import org.homecare.provider.domain.ProviderStatus;
import org.homecare.provider.messaging.ProviderEventMapper;
import org.homecare.provider.repository.CaregiverRepository;
import org.homecare.provider.repository.TransactionLocks;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Caregivers of a provider; one person (by person key) is active at one provider at a time. */
@ApplicationScoped
@Transactional
public class CaregiverService {

    public record NewCaregiver(String idNumber, String name, int certificationLevel) {
    }

    private final CaregiverRepository caregivers;
    private final ProviderAccess access;
    private final PersonKeys personKeys;
    private final TransactionLocks locks;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public CaregiverService(CaregiverRepository caregivers, ProviderAccess access, PersonKeys personKeys,
            TransactionLocks locks, OutboxWriter outbox, AuditTrail audit, BusinessClock clock) {
        this.caregivers = caregivers;
        this.access = access;
        this.personKeys = personKeys;
        this.locks = locks;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Caregiver register(Caller caller, UUID providerId, NewCaregiver request) {
        Provider provider = access.visibleForUpdate(caller, providerId);
        ResidentIdNumber.Result parsed = ResidentIdNumber.parse(request.idNumber());
        ResidentIdNumber number = parsed.number()
                .orElseThrow(() -> ApiProblem.badRequest("idNumber", parsed.problem()));
        if (provider.status() == ProviderStatus.TERMINATED) {
            throw new ApiProblem(409, "Conflict", "PROVIDER_TERMINATED",
                    "provider " + providerId + " is TERMINATED: it registers no caregivers", List.of(),
                    List.of(provider.status().name()));
        }
        String personKey = personKeys.of(number);
        locks.lock("caregiver-person:" + personKey);
        caregivers.activeByPersonKey(personKey).ifPresent(active -> {
            // Tells a provider no more than "elsewhere": which provider employs the person is not its business.
            throw ApiProblem.conflict("CAREGIVER_ACTIVE_ELSEWHERE", active.providerId().equals(providerId)
                    ? "this person is already an active caregiver of this provider"
                    : "this person is an active caregiver of another provider");
        });
        Caregiver caregiver = new Caregiver(UUID.randomUUID(), providerId, number.value(), personKey,
                request.name().trim(), request.certificationLevel(), clock.today());
        caregivers.persist(caregiver);
        outbox.append(ProviderEventMapper.caregiverRegistered(caregiver));
        audit.record(caller.name(), "CAREGIVER_REGISTERED", "caregiver", caregiver.id().toString(), null,
                AuditStates.CaregiverState.of(caregiver));
        return caregiver;
    }

    public Caregiver deactivate(Caller caller, UUID providerId, UUID caregiverId) {
        access.visibleForUpdate(caller, providerId);
        Caregiver caregiver = caregiverOf(providerId, caregiverId);
        AuditStates.CaregiverState before = AuditStates.CaregiverState.of(caregiver);
        try {
            caregiver.deactivate(clock.today());
        } catch (IllegalTransitionException e) {
            throw new ApiProblem(409, "Conflict", "CAREGIVER_INACTIVE", e.getMessage(), List.of(),
                    List.of(e.currentStatus()));
        }
        outbox.append(ProviderEventMapper.caregiverDeactivated(caregiver));
        audit.record(caller.name(), "CAREGIVER_DEACTIVATED", "caregiver", caregiverId.toString(), before,
                AuditStates.CaregiverState.of(caregiver));
        return caregiver;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Caregiver caregiver(Caller caller, UUID providerId, UUID caregiverId) {
        access.visible(caller, providerId);
        return caregiverOf(providerId, caregiverId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<Caregiver> list(Caller caller, UUID providerId, Optional<Caregiver.Status> status, int page,
            int size) {
        access.visible(caller, providerId);
        PanacheQuery<Caregiver> query = caregivers.ofProvider(providerId, status);
        return new Paged<>(query.page(page, size).list(), page, size, query.count());
    }

    private Caregiver caregiverOf(UUID providerId, UUID caregiverId) {
        return caregivers.findByIdOptional(caregiverId).filter(c -> c.providerId().equals(providerId))
                .orElseThrow(() -> ApiProblem.notFound("caregiver", caregiverId));
    }
}
