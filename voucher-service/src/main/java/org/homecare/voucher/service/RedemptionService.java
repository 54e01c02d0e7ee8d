package org.homecare.voucher.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.ids.TimeOrderedIds;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.voucher.domain.Caregiver;
import org.homecare.voucher.domain.ContractTerms;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.LedgerEntryType;
import org.homecare.voucher.domain.Provider;
import org.homecare.voucher.domain.ProviderStatus;
import org.homecare.voucher.domain.RedemptionDecision;
import org.homecare.voucher.domain.RedemptionFacts;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;
import org.homecare.voucher.domain.ServiceLogValidator;
import org.homecare.voucher.domain.StatusTimeline;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;
import org.homecare.voucher.messaging.VoucherEventMapper;
import org.homecare.voucher.repository.ClosedPeriodRepository;
import org.homecare.voucher.repository.ContractRepository;
import org.homecare.voucher.repository.LedgerEntryRepository;
import org.homecare.voucher.repository.PersonLocks;
import org.homecare.voucher.repository.ProviderRepository;
import org.homecare.voucher.repository.ProviderStatusChangeRepository;
import org.homecare.voucher.repository.RedemptionStore;
import org.homecare.voucher.repository.RedemptionStore.ServiceKey;
import org.homecare.voucher.repository.RedemptionStore.Slot;
import org.homecare.voucher.repository.ServiceLogRepository;
import org.homecare.voucher.repository.VoucherRepository;

/**
 * Redeems service logs against vouchers. A batch is one transaction that locks its vouchers (in id order) and then
 * its caregivers (advisory locks, in key order) before reading anything it decides on, so concurrent submissions for
 * one voucher or one caregiver are decided one after the other on fresh data. Projections are read with a fixed
 * number of queries per batch, not per log; what grows with the batch (vouchers, caregivers, timelines, slots, the new
 * logs, debits and balances) is read and written by {@link RedemptionStore} as one plain statement each, so a batch of
 * 100 logs costs no entity bookkeeping for hundreds of rows.
 */
@ApplicationScoped
@Transactional
public class RedemptionService {

    /** A log and whether it was stored by an earlier submission (then nothing changed now). */
    public record Outcome(ServiceLog log, boolean replay) {
    }

    private final VoucherRepository vouchers;
    private final RedemptionStore store;
    private final ProviderRepository providers;
    private final ProviderStatusChangeRepository providerStatus;
    private final ContractRepository contracts;
    private final ClosedPeriodRepository closedPeriods;
    private final ServiceLogRepository serviceLogs;
    private final LedgerEntryRepository entries;
    private final PersonLocks personLocks;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final EntityManager entityManager;
    private final ServiceLogValidator validator;

    public RedemptionService(VoucherRepository vouchers, RedemptionStore store, ProviderRepository providers,
            ProviderStatusChangeRepository providerStatus, ContractRepository contracts,
            ClosedPeriodRepository closedPeriods, ServiceLogRepository serviceLogs, LedgerEntryRepository entries,
            PersonLocks personLocks, OutboxWriter outbox, AuditTrail audit, BusinessClock clock,
            EntityManager entityManager, VoucherSettings settings) {
        this.vouchers = vouchers;
        this.store = store;
        this.providers = providers;
        this.providerStatus = providerStatus;
        this.contracts = contracts;
        this.closedPeriods = closedPeriods;
        this.serviceLogs = serviceLogs;
        this.entries = entries;
        this.personLocks = personLocks;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
        this.validator = new ServiceLogValidator(BusinessClock.ZONE, settings.submissionWindowDays());
    }

    public List<Outcome> submit(UUID providerId, String actor, List<ServiceLog.Submitted> logs) {
        Instant now = clock.instant();
        Map<UUID, Voucher> lockedVouchers = store.lockVouchers(
                logs.stream().map(ServiceLog.Submitted::voucherId).collect(Collectors.toSet()));
        // read after the locks: a concurrent submission of the same log for the same voucher has committed by now
        Map<String, ServiceLog> stored = storedLogs(providerId, logs);

        Provider provider = providers.findById(providerId);
        Set<String> providerDistricts = provider == null ? Set.of() : provider.districtCodes();
        StatusTimeline<ProviderStatus> providerTimeline = providerStatus.timelineOf(providerId);
        List<ContractTerms> terms = contracts.termsOf(providerId);
        Map<UUID, StatusTimeline<VoucherStatus>> timelines = store.timelinesOf(lockedVouchers.keySet());
        Map<UUID, Caregiver> caregiverById = store.caregivers(
                logs.stream().map(ServiceLog.Submitted::caregiverId).collect(Collectors.toSet()));
        Set<String> closed = closedPeriods.closedPeriods();

        Set<String> personKeys = new TreeSet<>(caregiverById.values().stream().map(Caregiver::personKey).toList());
        personLocks.lock(personKeys);
        Instant from = logs.stream().map(l -> min(l.startTime(), l.endTime())).min(Instant::compareTo).orElse(now);
        Instant to = logs.stream().map(l -> max(l.startTime(), l.endTime())).max(Instant::compareTo).orElse(now);
        TakenSlots taken = new TakenSlots();
        store.acceptedOfPersons(personKeys, from, to).forEach(taken::add);
        store.acceptedWithKeys(logs.stream()
                .filter(l -> lockedVouchers.containsKey(l.voucherId()))
                .map(l -> new ServiceKey(lockedVouchers.get(l.voucherId()).elderId(), l.itemCode(), l.startTime()))
                .collect(Collectors.toSet()))
                .forEach(taken::add);

        Map<String, ServiceLog> decided = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>(logs.size());
        List<ServiceLog> newLogs = new ArrayList<>(logs.size());
        List<DomainEvent> events = new ArrayList<>(logs.size());
        List<LedgerEntry> debits = new ArrayList<>(logs.size());
        Map<UUID, Voucher> debited = new LinkedHashMap<>();
        for (ServiceLog.Submitted s : logs) {
            ServiceLog earlier = stored.containsKey(s.providerLogId()) ? stored.get(s.providerLogId())
                    : decided.get(s.providerLogId());
            if (earlier != null) {
                outcomes.add(new Outcome(earlier, true));
                continue;
            }
            Voucher voucher = lockedVouchers.get(s.voucherId());
            Caregiver caregiver = caregiverById.get(s.caregiverId());
            String period = java.time.YearMonth.from(s.startTime().atZone(BusinessClock.ZONE)).toString();
            boolean busy = caregiver != null && taken.personBusy(caregiver.personKey(), s.startTime(), s.endTime());
            boolean duplicate = voucher != null && taken.elderServed(voucher.elderId(), s.itemCode(), s.startTime());
            RedemptionFacts facts = new RedemptionFacts(providerId, voucher,
                    voucher == null ? StatusTimeline.empty() : timelines.getOrDefault(voucher.id(),
                            StatusTimeline.empty()),
                    providerTimeline, providerDistricts, terms, caregiver, closed.contains(period), busy, duplicate,
                    voucher == null ? 0 : voucher.balanceFen());
            RedemptionDecision decision = validator.decide(s, facts, now);
            ServiceLog log;
            if (decision.accepted()) {
                long amount = decision.price().orElseThrow().amountFen();
                log = ServiceLog.accepted(providerId, s, voucher, caregiver, decision, voucher.balanceFen() - amount,
                        now, actor);
                debits.add(voucher.post(LedgerEntryType.DEBIT, -amount, decision.period().toString(),
                        "service-log " + log.id(), now));
                debited.put(voucher.id(), voucher);
                taken.add(new Slot(voucher.elderId(), caregiver.personKey(), s.itemCode(), s.startTime(),
                        s.endTime()));
                events.add(accepted(log, now));
            } else {
                log = ServiceLog.rejected(providerId, s, voucher, caregiver, decision, now, actor);
                events.add(rejected(log, now));
            }
            newLogs.add(log);
            decided.put(s.providerLogId(), log);
            outcomes.add(new Outcome(log, false));
        }
        // A fixed number of statements whatever the batch size: logs, debits and balances as one statement each (the
        // vouchers are still locked), then the events as one JDBC batch and the request's audit record.
        UUID submissionId = TimeOrderedIds.next();
        store.insertLogs(providerId, submissionId, now, actor, newLogs);
        store.insertEntries(debits);
        store.updateBalances(debited.values());
        outbox.appendAll(events);
        // one audit record per request, listing each log it stored; a log's submission_id leads to it
        if (!newLogs.isEmpty()) {
            audit.record(actor, "SERVICE_LOGS_SUBMITTED", "ServiceLogSubmission", submissionId.toString(), null,
                    Map.of("providerId", providerId,
                            "logs", newLogs.stream().map(RedemptionService::summaryOf).toList()));
        }
        return outcomes;
    }

    /** The stored answers to log ids submitted before; the (rare) replays are the only logs read as entities. */
    private Map<String, ServiceLog> storedLogs(UUID providerId, List<ServiceLog.Submitted> logs) {
        Set<String> submitted = store.submittedLogIds(providerId,
                logs.stream().map(ServiceLog.Submitted::providerLogId).collect(Collectors.toSet()));
        return submitted.isEmpty() ? Map.of() : serviceLogs.byProviderLogIds(providerId, submitted);
    }

    public ServiceLog voidLog(UUID providerId, UUID logId, String reason, String actor) {
        ServiceLog found = serviceLogs.findByIdOptional(logId)
                .filter(l -> l.providerId().equals(providerId))
                .orElseThrow(() -> ApiProblem.notFound("service log", logId));
        if (found.status() != ServiceLogStatus.ACCEPTED) {
            throw ApiProblem.conflict("NOT_VOIDABLE", "service log " + logId + " is " + found.status()
                    + "; only an accepted log can be voided");
        }
        Voucher voucher = vouchers.lock(found.voucherId()).orElseThrow();
        // re-read under the voucher lock: a concurrent void of the same log has committed by now
        entityManager.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        if (found.status() != ServiceLogStatus.ACCEPTED) {
            throw ApiProblem.conflict("NOT_VOIDABLE", "service log " + logId + " is " + found.status());
        }
        if (closedPeriods.isClosed(found.period())) {
            throw ApiProblem.conflict("PERIOD_CLOSED", "period " + found.period()
                    + " is closed; a correction is an adjustment in settlement");
        }
        Map<String, Object> before = summaryOf(found);
        Instant now = clock.instant();
        LedgerEntry reversal = voucher.post(LedgerEntryType.REVERSAL, found.amountFen(), found.period(),
                "void of service-log " + found.id(), now);
        entries.persist(reversal);
        found.markVoided(reason, now);
        outbox.append(VoucherEventMapper.serviceLogVoided(found));
        audit.record(actor, "SERVICE_LOG_VOIDED", "ServiceLog", found.id().toString(), before, summaryOf(found));
        return found;
    }

    private static ServiceLogAccepted accepted(ServiceLog log, Instant now) {
        return VoucherEventMapper.serviceLogAccepted(log, now);
    }

    private static ServiceLogRejected rejected(ServiceLog log, Instant now) {
        return VoucherEventMapper.serviceLogRejected(log, now);
    }

    private static Map<String, Object> summaryOf(ServiceLog log) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", log.id());
        summary.put("providerLogId", log.providerLogId());
        summary.put("voucherId", Objects.toString(log.voucherId(), null));
        summary.put("status", log.status());
        summary.put("amountFen", log.amountFen());
        summary.put("reasons", log.reasons());
        return summary;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Accepted services in the batch's window, by caregiver and by elder, so each log is checked against its own
     * caregiver's and elder's services rather than against every slot of the batch.
     */
    private static final class TakenSlots {

        private final Map<String, List<Slot>> byPerson = new HashMap<>();
        private final Map<UUID, List<Slot>> byElder = new HashMap<>();

        void add(Slot slot) {
            if (slot.personKey() != null) {
                byPerson.computeIfAbsent(slot.personKey(), k -> new ArrayList<>()).add(slot);
            }
            if (slot.elderId() != null) {
                byElder.computeIfAbsent(slot.elderId(), k -> new ArrayList<>()).add(slot);
            }
        }

        boolean personBusy(String personKey, Instant start, Instant end) {
            return byPerson.getOrDefault(personKey, List.of()).stream()
                    .anyMatch(slot -> slot.startTime().isBefore(end) && slot.endTime().isAfter(start));
        }

        boolean elderServed(UUID elderId, String itemCode, Instant start) {
            return byElder.getOrDefault(elderId, List.of()).stream()
                    .anyMatch(slot -> slot.itemCode().equals(itemCode) && slot.startTime().equals(start));
        }
    }
}
