package org.homecare.voucher.service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.voucher.domain.Caregiver;
import org.homecare.voucher.domain.Confirmation;
import org.homecare.voucher.domain.VisitCode;
import org.homecare.voucher.domain.ContractTerms;
import org.homecare.voucher.domain.Provider;
import org.homecare.voucher.domain.ProviderStatus;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.StatusTimeline;
import org.homecare.voucher.domain.SubmissionFacts;
import org.homecare.voucher.domain.TakenSlots;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;
import org.homecare.voucher.repository.ClosedPeriodRepository;
import org.homecare.voucher.repository.ContractRepository;
import org.homecare.voucher.repository.PeriodBalances;
import org.homecare.voucher.repository.PersonLocks;
import org.homecare.voucher.repository.VisitCodeStore;
import org.homecare.voucher.repository.ProviderRepository;
import org.homecare.voucher.repository.ProviderStatusChangeRepository;
import org.homecare.voucher.repository.RedemptionStore;
import org.homecare.voucher.repository.RedemptionStore.ServiceKey;
import org.homecare.voucher.repository.ServiceLogRepository;

/**
 * Locks what a batch of logs is decided on and reads it: its vouchers (in id order), then its caregivers (advisory
 * locks, in key order), each read after its lock so concurrent submissions for one voucher or one caregiver are
 * decided one after the other on fresh data. A fixed number of queries per batch, not per log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubmissionReader {

    private final RedemptionStore store;
    private final ProviderRepository providers;
    private final ProviderStatusChangeRepository providerStatus;
    private final ContractRepository contracts;
    private final ClosedPeriodRepository closedPeriods;
    private final ServiceLogRepository serviceLogs;
    private final PersonLocks personLocks;
    private final PeriodBalances periodBalances;
    private final VisitCodeStore visitCodes;

    public SubmissionReader(RedemptionStore store, ProviderRepository providers,
            ProviderStatusChangeRepository providerStatus, ContractRepository contracts,
            ClosedPeriodRepository closedPeriods, ServiceLogRepository serviceLogs, PersonLocks personLocks,
            PeriodBalances periodBalances, VisitCodeStore visitCodes) {
        this.store = store;
        this.providers = providers;
        this.providerStatus = providerStatus;
        this.contracts = contracts;
        this.closedPeriods = closedPeriods;
        this.serviceLogs = serviceLogs;
        this.personLocks = personLocks;
        this.periodBalances = periodBalances;
        this.visitCodes = visitCodes;
    }

    /**
     * The logs with the voucher of their card number put in ({@link ServiceLog.Submitted#forVoucher}): one query for
     * all the batch's numbers, none for a batch by voucher id. A number no voucher has leaves the id null, so the log
     * is rejected VOUCHER_NOT_FOUND as an unknown id is; so does the number of a voucher the provider could never
     * serve (see {@link org.homecare.voucher.repository.RedemptionStore#voucherIdsOfCards}).
     */
    public List<ServiceLog.Submitted> withVouchersOfCards(UUID providerId, List<ServiceLog.Submitted> logs) {
        Set<String> numbers = logs.stream().map(ServiceLog.Submitted::voucherNumber).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (numbers.isEmpty()) {
            return logs;
        }
        Map<String, UUID> vouchers = store.voucherIdsOfCards(providerId, numbers);
        return logs.stream()
                .map(log -> log.voucherNumber() == null ? log : log.forVoucher(vouchers.get(log.voucherNumber())))
                .toList();
    }

    public SubmissionFacts read(UUID providerId, List<ServiceLog.Submitted> logs, Instant now) {
        return read(providerId, logs, now, true);
    }

    /**
     * @param replays whether a log id submitted before is answered with the stored log; a correction submits the
     *        next version of a stored log under its id, so it reads none
     */
    public SubmissionFacts read(UUID providerId, List<ServiceLog.Submitted> logs, Instant now, boolean replays) {
        Map<UUID, Voucher> lockedVouchers = store.lockVouchers(logs.stream().map(ServiceLog.Submitted::voucherId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        periodBalances.load(lockedVouchers.values(), logs.stream()
                .map(l -> YearMonth.from(l.startTime().atZone(BusinessClock.ZONE)).toString())
                .collect(Collectors.toSet()));
        // read after the locks: a concurrent submission of the same log for the same voucher has committed by now
        Map<String, ServiceLog> stored = replays ? storedLogs(providerId, logs) : Map.of();

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
        return new SubmissionFacts(providerId, lockedVouchers, stored, providerDistricts, providerTimeline, terms,
                timelines, caregiverById, closed, taken, visitCodes.byHash(codeHashes(logs)));
    }

    /** The hashes of the codes the batch's SMS_CODE logs name: none for a batch confirmed otherwise. */
    private static Set<String> codeHashes(List<ServiceLog.Submitted> logs) {
        return logs.stream()
                .filter(l -> l.confirmation() == Confirmation.SMS_CODE && l.confirmationRef() != null
                        && l.voucherId() != null)
                .map(l -> VisitCode.hashOf(l.voucherId(), l.confirmationRef()))
                .collect(Collectors.toSet());
    }

    /** The stored answers to log ids submitted before; the (rare) replays are the only logs read as entities. */
    private Map<String, ServiceLog> storedLogs(UUID providerId, List<ServiceLog.Submitted> logs) {
        Set<String> submitted = store.submittedLogIds(providerId,
                logs.stream().map(ServiceLog.Submitted::providerLogId).collect(Collectors.toSet()));
        return submitted.isEmpty() ? Map.of() : serviceLogs.byProviderLogIds(providerId, submitted);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
