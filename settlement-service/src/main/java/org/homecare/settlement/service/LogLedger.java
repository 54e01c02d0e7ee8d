package org.homecare.settlement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;
import org.homecare.settlement.domain.ServiceLog;
import org.homecare.settlement.repository.ProviderItemTotalRepository;
import org.homecare.settlement.repository.RejectedLogRepository;
import org.homecare.settlement.repository.ServiceLogRepository;
import org.homecare.settlement.repository.SettlementPeriodRepository;

/**
 * Applies one accepted, voided or rejected log event to the log copy and the running totals, once per event, in any
 * order (events of one log are serialised by a lock on the log). The event's id is recorded on the row it changes
 * (see {@link ServiceLog#accept}); a redelivered event finds its change made and changes nothing. Money for a closed
 * period is never put into its totals (its statement is built): it becomes an adjustment of the next open period
 * instead, recorded as such. The consumer normally applies whole batches ({@link LogBatchLedger}); this is the
 * one-by-one path for a batch that failed, so that only the event at fault is dead-lettered.
 */
@ApplicationScoped
@Transactional
public class LogLedger {

    private final ServiceLogRepository logs;
    private final RejectedLogRepository rejections;
    private final ProviderItemTotalRepository totals;
    private final SettlementPeriodRepository periods;
    private final LateLogAdjustments lateAdjustments;

    public LogLedger(ServiceLogRepository logs, RejectedLogRepository rejections,
            ProviderItemTotalRepository totals, SettlementPeriodRepository periods,
            LateLogAdjustments lateAdjustments) {
        this.logs = logs;
        this.rejections = rejections;
        this.totals = totals;
        this.periods = periods;
        this.lateAdjustments = lateAdjustments;
    }

    public void apply(LedgerEvent event) {
        if (event instanceof LedgerEvent.Accepted a) {
            accepted(a);
        } else if (event instanceof LedgerEvent.Voided v) {
            voided(v);
        } else if (event instanceof LedgerEvent.Rejected r) {
            rejected(r);
        }
    }

    private void accepted(LedgerEvent.Accepted event) {
        ServiceLogAccepted e = event.data();
        logs.lock(e.serviceLogId());
        boolean open = periods.lockOpenState(e.period());
        ServiceLog found = logs.findByIdOptional(e.serviceLogId()).orElse(null);
        ServiceLog log = found != null ? found : ServiceLog.withId(e.serviceLogId());
        ServiceLog.Effect effect = log.accept(event.eventId(), LogBatchLedger.accepted(e), open);
        if (found == null) {
            logs.persist(log);
        }
        apply(effect, log, +1);
    }

    private void voided(LedgerEvent.Voided event) {
        ServiceLogVoided e = event.data();
        logs.lock(e.serviceLogId());
        ServiceLog log = logs.findByIdOptional(e.serviceLogId()).orElse(null);
        ServiceLog.Voided voided = LogBatchLedger.voided(e);
        if (log == null) {
            // the void overtook its accept: keep it so the accept, when it comes, is recorded as never owed
            log = ServiceLog.fromVoid(voided);
            logs.persist(log);
        }
        boolean open = periods.lockOpenState(log.period());
        apply(log.voidIt(event.eventId(), voided, open), log, -1);
    }

    private void rejected(LedgerEvent.Rejected event) {
        ServiceLogRejected e = event.data();
        logs.lock(e.serviceLogId());
        if (rejections.findByIdOptional(e.serviceLogId()).isPresent()) {
            return;
        }
        rejections.persist(LogBatchLedger.rejectedLog(event.eventId(), e));
    }

    private void apply(ServiceLog.Effect effect, ServiceLog log, int sign) {
        switch (effect) {
            case ADD_TO_PERIOD_TOTALS, SUBTRACT_FROM_PERIOD_TOTALS -> totals.add(log.providerId(), log.period(),
                    log.itemCode(), sign, (long) sign * log.units(), sign * log.amountFen());
            case ADJUST_NEXT_OPEN_PERIOD -> lateAdjustments.record(log, sign);
            case NOTHING -> {
            }
        }
    }
}
