package org.homecare.voucher.service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.voucher.domain.CorrectionReason;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.LedgerEntryType;
import org.homecare.voucher.domain.LogChanges;
import org.homecare.voucher.domain.RedemptionDecider;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;
import org.homecare.voucher.domain.ServiceLogValidator;
import org.homecare.voucher.domain.SubmissionDecision;
import org.homecare.voucher.domain.SubmissionFacts;
import org.homecare.voucher.domain.VisitCheck;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.messaging.VoucherEventMapper;
import org.homecare.voucher.repository.ClosedPeriodRepository;
import org.homecare.voucher.repository.PeriodBalances;
import org.homecare.voucher.repository.RedemptionStore;
import org.homecare.voucher.repository.ServiceLogRepository;
import org.homecare.voucher.repository.VisitExceptionRepository;

/**
 * Redeems service logs against vouchers. A batch is one transaction in three steps: {@link SubmissionReader} locks
 * its vouchers and caregivers and reads what it is decided on, {@link RedemptionDecider} decides each log on those
 * facts, {@link RedemptionWriter} writes the new logs, debits, balances, events and the audit record. What grows with
 * the batch is read and written as one plain statement each ({@code RedemptionStore}), so a batch of 100 logs costs
 * no entity bookkeeping for hundreds of rows. A correction is the same path for one log, after the debit of the
 * version it replaces has been reversed in the same transaction.
 */
@ApplicationScoped
@Transactional
public class RedemptionService {

    /** A log and whether it was stored by an earlier submission (then nothing changed now). */
    public record Outcome(ServiceLog log, boolean replay) {
    }

    private final SubmissionReader reader;
    private final RedemptionWriter writer;
    private final RedemptionStore store;
    private final PeriodBalances periodBalances;
    private final LogReversal reversal;
    private final ClosedPeriodRepository closedPeriods;
    private final ServiceLogRepository serviceLogs;
    private final VisitExceptionRepository exceptions;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final VoucherSettings settings;
    private final RedemptionDecider decider;

    public RedemptionService(SubmissionReader reader, RedemptionWriter writer, RedemptionStore store,
            PeriodBalances periodBalances, LogReversal reversal, ClosedPeriodRepository closedPeriods,
            ServiceLogRepository serviceLogs, VisitExceptionRepository exceptions, AuditTrail audit,
            BusinessClock clock, VoucherSettings settings) {
        this.reader = reader;
        this.writer = writer;
        this.store = store;
        this.periodBalances = periodBalances;
        this.reversal = reversal;
        this.closedPeriods = closedPeriods;
        this.serviceLogs = serviceLogs;
        this.exceptions = exceptions;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.decider = new RedemptionDecider(new ServiceLogValidator(BusinessClock.ZONE, settings.window()),
                new VisitCheck(settings.locationToleranceM()), BusinessClock.ZONE);
    }

    public List<Outcome> submit(UUID providerId, String actor, List<ServiceLog.Submitted> submitted) {
        Instant now = clock.instant();
        List<ServiceLog.Submitted> logs = reader.withVouchersOfCards(providerId, submitted);
        SubmissionFacts facts = reader.read(providerId, logs, now);
        SubmissionDecision decision = decider.decide(logs, facts, actor, now);
        List<DomainEvent> events = decision.newLogs().stream().map(log -> VoucherEventMapper.decided(log, now))
                .toList();
        writer.write(providerId, actor, now, decision, events);
        return decision.answers().stream().map(a -> new Outcome(a.log(), a.replay())).toList();
    }

    public ServiceLog voidLog(UUID providerId, UUID logId, String reason, String actor) {
        ServiceLog found = own(providerId, logId);
        if (found.status() != ServiceLogStatus.ACCEPTED) {
            throw ApiProblem.conflict("NOT_VOIDABLE", "service log " + logId + " is " + found.status()
                    + "; only an accepted log can be voided");
        }
        Voucher voucher = reversal.lock(found);
        if (closedPeriods.isClosed(found.period())) {
            throw ApiProblem.conflict("PERIOD_CLOSED", "period " + found.period()
                    + " is closed; a correction is an adjustment in settlement");
        }
        return reversal.voidLocked(voucher, found, reason, actor, clock.instant());
    }

    /**
     * Replaces an accepted log by a corrected version, within its month's submission window: the old one's debit is
     * reversed and it becomes CORRECTED, the new one (the next version under the same providerLogId) is decided as a
     * fresh log. A new version that would be rejected changes nothing: 422 with its reasons.
     */
    public ServiceLog correct(UUID providerId, UUID logId, CorrectionReason reason, String note, LogChanges changes,
            String actor) {
        ServiceLog old = own(providerId, logId);
        Instant now = clock.instant();
        requireCorrectable(old, now);
        if (changes.changedFields(old).isEmpty()) {
            throw ApiProblem.badRequest("changes", "change nothing in service log " + logId);
        }
        ServiceLog.Submitted next = changes.applyTo(old.asSubmitted());
        Voucher voucher = store.lockVouchers(List.of(old.voucherId())).get(old.voucherId());
        serviceLogs.refreshLocked(old);
        requireCorrectable(old, now);
        periodBalances.load(List.of(voucher), List.of(old.period()));
        LedgerEntry reversed = voucher.post(LedgerEntryType.REVERSAL, old.amountFen(), old.period(),
                "correction of service-log " + old.id(), now);
        store.insertEntries(List.of(reversed));
        store.updateBalances(List.of(voucher));
        Map<String, Object> before = RedemptionWriter.summaryOf(old);
        old.markCorrected(old.version() + 1, now);
        exceptions.lockOfLog(old.id()).forEach(e -> e.voidWithLog(now));
        // the new version is decided on what the database now holds: the old one no longer accepted, its debit back
        serviceLogs.flush();
        SubmissionDecision decision = decider.decide(List.of(next), reader.read(providerId, List.of(next), now, false),
                actor, now);
        ServiceLog corrected = decision.newLogs().get(0);
        if (corrected.status() == ServiceLogStatus.REJECTED) {
            throw ApiProblem.unprocessable("CORRECTION_REJECTED", "the corrected version of service log " + logId
                    + " would be rejected; nothing was changed", corrected.reasons());
        }
        corrected.succeed(old, reason, note);
        List<DomainEvent> events = new ArrayList<>(3);
        events.add(VoucherEventMapper.serviceLogVoided(old));
        events.add(VoucherEventMapper.decided(corrected, now));
        events.add(VoucherEventMapper.serviceLogCorrected(corrected, changes.changedFields(old), now));
        writer.write(providerId, actor, now, decision, events);
        audit.record(actor, "SERVICE_LOG_CORRECTED", "ServiceLog", old.id().toString(), before,
                Map.of("correctedBy", corrected.id(), "reasonCode", reason, "note", String.valueOf(note),
                        "changedFields", changes.changedFields(old), "new", RedemptionWriter.summaryOf(corrected)));
        return corrected;
    }

    private void requireCorrectable(ServiceLog log, Instant now) {
        if (log.status() != ServiceLogStatus.ACCEPTED) {
            throw ApiProblem.conflict("NOT_CORRECTABLE", "service log " + log.id() + " is " + log.status()
                    + "; only an accepted log can be corrected");
        }
        YearMonth period = YearMonth.parse(log.period());
        if (!settings.window().isOpen(period, now) || closedPeriods.isClosed(log.period())) {
            throw ApiProblem.conflict("SUBMISSION_WINDOW_ENDED", "the submission window of " + period + " ended at "
                    + settings.window().closesAt(period) + "; the city corrects its logs through adjustments");
        }
    }

    private ServiceLog own(UUID providerId, UUID logId) {
        return serviceLogs.findByIdOptional(logId)
                .filter(l -> l.providerId().equals(providerId))
                .orElseThrow(() -> ApiProblem.notFound("service log", logId));
    }
}
