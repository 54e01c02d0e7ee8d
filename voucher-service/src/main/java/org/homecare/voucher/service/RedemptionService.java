package org.homecare.voucher.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.LedgerEntryType;
import org.homecare.voucher.domain.RedemptionDecider;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;
import org.homecare.voucher.domain.ServiceLogValidator;
import org.homecare.voucher.domain.SubmissionDecision;
import org.homecare.voucher.domain.SubmissionFacts;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.messaging.VoucherEventMapper;
import org.homecare.voucher.repository.ClosedPeriodRepository;
import org.homecare.voucher.repository.LedgerEntryRepository;
import org.homecare.voucher.repository.ServiceLogRepository;
import org.homecare.voucher.repository.VoucherRepository;

/**
 * Redeems service logs against vouchers. A batch is one transaction in three steps: {@link SubmissionReader} locks
 * its vouchers and caregivers and reads what it is decided on, {@link RedemptionDecider} decides each log on those
 * facts, {@link RedemptionWriter} writes the new logs, debits, balances, events and the audit record. What grows with
 * the batch is read and written as one plain statement each ({@code RedemptionStore}), so a batch of 100 logs costs
 * no entity bookkeeping for hundreds of rows.
 */
@ApplicationScoped
@Transactional
public class RedemptionService {

    /** A log and whether it was stored by an earlier submission (then nothing changed now). */
    public record Outcome(ServiceLog log, boolean replay) {
    }

    private final SubmissionReader reader;
    private final RedemptionWriter writer;
    private final VoucherRepository vouchers;
    private final ClosedPeriodRepository closedPeriods;
    private final ServiceLogRepository serviceLogs;
    private final LedgerEntryRepository entries;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final EntityManager entityManager;
    private final RedemptionDecider decider;

    public RedemptionService(SubmissionReader reader, RedemptionWriter writer, VoucherRepository vouchers,
            ClosedPeriodRepository closedPeriods, ServiceLogRepository serviceLogs, LedgerEntryRepository entries,
            OutboxWriter outbox, AuditTrail audit, BusinessClock clock, EntityManager entityManager,
            VoucherSettings settings) {
        this.reader = reader;
        this.writer = writer;
        this.vouchers = vouchers;
        this.closedPeriods = closedPeriods;
        this.serviceLogs = serviceLogs;
        this.entries = entries;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
        this.decider = new RedemptionDecider(
                new ServiceLogValidator(BusinessClock.ZONE, settings.submissionWindowDays()), BusinessClock.ZONE);
    }

    public List<Outcome> submit(UUID providerId, String actor, List<ServiceLog.Submitted> submitted) {
        Instant now = clock.instant();
        List<ServiceLog.Submitted> logs = reader.withVouchersOfCards(providerId, submitted);
        SubmissionFacts facts = reader.read(providerId, logs, now);
        SubmissionDecision decision = decider.decide(logs, facts, actor, now);
        List<DomainEvent> events = decision.newLogs().stream()
                .<DomainEvent>map(log -> log.status() == ServiceLogStatus.ACCEPTED ? accepted(log, now)
                        : rejected(log, now))
                .toList();
        writer.write(providerId, actor, now, decision, events);
        return decision.answers().stream().map(a -> new Outcome(a.log(), a.replay())).toList();
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
        Map<String, Object> before = RedemptionWriter.summaryOf(found);
        Instant now = clock.instant();
        LedgerEntry reversal = voucher.post(LedgerEntryType.REVERSAL, found.amountFen(), found.period(),
                "void of service-log " + found.id(), now);
        entries.persist(reversal);
        found.markVoided(reason, now);
        outbox.append(VoucherEventMapper.serviceLogVoided(found));
        audit.record(actor, "SERVICE_LOG_VOIDED", "ServiceLog", found.id().toString(), before,
                RedemptionWriter.summaryOf(found));
        return found;
    }

    private static ServiceLogAccepted accepted(ServiceLog log, Instant now) {
        return VoucherEventMapper.serviceLogAccepted(log, now);
    }

    private static ServiceLogRejected rejected(ServiceLog log, Instant now) {
        return VoucherEventMapper.serviceLogRejected(log, now);
    }
}
