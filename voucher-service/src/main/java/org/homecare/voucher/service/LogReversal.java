package org.homecare.voucher.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.LedgerEntryType;
import org.homecare.voucher.domain.ServiceLog;
import org.homecare.voucher.domain.ServiceLogStatus;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.messaging.VoucherEventMapper;
import org.homecare.voucher.repository.LedgerEntryRepository;
import org.homecare.voucher.repository.PeriodBalances;
import org.homecare.voucher.repository.ServiceLogRepository;
import org.homecare.voucher.repository.VisitExceptionRepository;
import org.homecare.voucher.repository.VoucherRepository;

/**
 * Voids an accepted log (held or payable): its debit is reversed into its own month, its open visit exceptions are
 * voided with it, and ServiceLogVoided says so. Whoever voids (the provider, city-admin's rejection, the month's end)
 * voids this way.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LogReversal {

    private final VoucherRepository vouchers;
    private final LedgerEntryRepository entries;
    private final PeriodBalances periodBalances;
    private final VisitExceptionRepository exceptions;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final ServiceLogRepository serviceLogs;

    public LogReversal(VoucherRepository vouchers, LedgerEntryRepository entries, PeriodBalances periodBalances,
            VisitExceptionRepository exceptions, OutboxWriter outbox, AuditTrail audit,
            ServiceLogRepository serviceLogs) {
        this.vouchers = vouchers;
        this.entries = entries;
        this.periodBalances = periodBalances;
        this.exceptions = exceptions;
        this.outbox = outbox;
        this.audit = audit;
        this.serviceLogs = serviceLogs;
    }

    /**
     * Locks the log's voucher, then the log (re-read: a concurrent void has committed by now).
     *
     * @throws ApiProblem 409 NOT_VOIDABLE when the log is not accepted (any more)
     */
    public Voucher lock(ServiceLog log) {
        Voucher voucher = vouchers.lock(log.voucherId()).orElseThrow();
        serviceLogs.refreshLocked(log);
        if (log.status() != ServiceLogStatus.ACCEPTED) {
            throw ApiProblem.conflict("NOT_VOIDABLE", "service log " + log.id() + " is " + log.status()
                    + "; only an accepted log can be voided");
        }
        periodBalances.load(List.of(voucher), List.of(log.period()));
        return voucher;
    }

    /** Voids a log {@link #lock}ed in this transaction. */
    public ServiceLog voidLocked(Voucher voucher, ServiceLog log, String reason, String actor, Instant now) {
        Map<String, Object> before = RedemptionWriter.summaryOf(log);
        LedgerEntry reversal = voucher.post(LedgerEntryType.REVERSAL, log.amountFen(), log.period(),
                "void of service-log " + log.id(), now);
        entries.persist(reversal);
        log.markVoided(reason, now);
        exceptions.lockOfLog(log.id()).forEach(e -> e.voidWithLog(now));
        outbox.append(VoucherEventMapper.serviceLogVoided(log));
        audit.record(actor, "SERVICE_LOG_VOIDED", "ServiceLog", log.id().toString(), before,
                RedemptionWriter.summaryOf(log));
        return log;
    }

    public ServiceLog voidLog(ServiceLog log, String reason, String actor, Instant now) {
        return voidLocked(lock(log), log, reason, actor, now);
    }
}
