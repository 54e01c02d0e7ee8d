package org.homecare.settlement.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.events.SettlementEvents.AdjustmentRecorded;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;
import org.homecare.contracts.inbox.Inbox;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.settlement.domain.Adjustment;
import org.homecare.settlement.domain.RejectedLog;
import org.homecare.settlement.domain.ServiceLog;
import org.homecare.settlement.domain.SettlementMonth;
import org.homecare.settlement.repository.AdjustmentRepository;
import org.homecare.settlement.repository.ProviderItemTotalRepository;
import org.homecare.settlement.repository.RejectedLogRepository;
import org.homecare.settlement.repository.ServiceLogRepository;
import org.homecare.settlement.repository.SettlementPeriodRepository;

/**
 * Applies accepted, voided and rejected logs to the log copy and the running totals, once per event, in any order
 * and concurrently (events of one log are serialised by a lock on the log). Money for a
 * closed period is never put into its totals (its statement is built): it becomes an adjustment of the next open
 * period instead, recorded as such.
 */
@ApplicationScoped
@Transactional
public class LogLedger {

    static final String CONSUMER = "settlement-service:voucher.v1";
    static final String ACTOR = "system:voucher-events";

    private final Inbox inbox;
    private final ServiceLogRepository logs;
    private final RejectedLogRepository rejections;
    private final ProviderItemTotalRepository totals;
    private final SettlementPeriodRepository periods;
    private final AdjustmentRepository adjustments;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public LogLedger(Inbox inbox, ServiceLogRepository logs, RejectedLogRepository rejections,
            ProviderItemTotalRepository totals, SettlementPeriodRepository periods, AdjustmentRepository adjustments,
            OutboxWriter outbox, AuditTrail audit, BusinessClock clock) {
        this.inbox = inbox;
        this.logs = logs;
        this.rejections = rejections;
        this.totals = totals;
        this.periods = periods;
        this.adjustments = adjustments;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public void accepted(UUID eventId, ServiceLogAccepted e) {
        require(e.serviceLogId() != null && e.providerId() != null && e.itemCode() != null
                && SettlementMonth.isValid(e.period()) && e.amountFen() >= 0 && e.units() >= 0
                && e.acceptedAt() != null, "ServiceLogAccepted " + eventId + " lacks ids, item, period or amount");
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        logs.lock(e.serviceLogId());
        boolean open = periods.lockOpenState(e.period());
        ServiceLog found = logs.findByIdOptional(e.serviceLogId()).orElse(null);
        ServiceLog log = found != null ? found : ServiceLog.withId(e.serviceLogId());
        ServiceLog.Effect effect = log.accept(new ServiceLog.Accepted(e.serviceLogId(), e.providerLogId(),
                e.providerId(), e.elderId(), e.voucherId(), e.caregiverId(), e.itemCode(), e.category(),
                e.districtCode(), e.units(), e.unitPriceFen(), e.amountFen(), e.serviceDate(), e.startTime(),
                e.endTime(), e.period(), e.acceptedAt()), open);
        if (found == null) {
            logs.persist(log);
        }
        apply(effect, log, +1, "accepted after period " + log.period() + " closed", Adjustment.Kind.LATE_ACCEPT);
    }

    public void voided(UUID eventId, ServiceLogVoided e) {
        require(e.serviceLogId() != null && e.providerId() != null && e.itemCode() != null
                && SettlementMonth.isValid(e.period()) && e.amountFen() >= 0 && e.voidedAt() != null,
                "ServiceLogVoided " + eventId + " lacks ids, item, period or amount");
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        logs.lock(e.serviceLogId());
        ServiceLog log = logs.findByIdOptional(e.serviceLogId()).orElse(null);
        ServiceLog.Voided voided = new ServiceLog.Voided(e.serviceLogId(), e.providerLogId(), e.providerId(),
                e.elderId(), e.voucherId(), e.itemCode(), e.amountFen(), e.period(), e.reason(), e.voidedAt());
        if (log == null) {
            // the void overtook its accept: keep it so the accept, when it comes, is recorded as never owed
            log = ServiceLog.fromVoid(voided);
            logs.persist(log);
        }
        boolean open = periods.lockOpenState(log.period());
        ServiceLog.Effect effect = log.voidIt(voided, open);
        apply(effect, log, -1, "voided after period " + log.period() + " closed", Adjustment.Kind.LATE_VOID);
    }

    public void rejected(UUID eventId, ServiceLogRejected e) {
        require(e.serviceLogId() != null && e.providerId() != null && SettlementMonth.isValid(e.period())
                && e.reasons() != null && !e.reasons().isEmpty() && e.rejectedAt() != null,
                "ServiceLogRejected " + eventId + " lacks ids, period or reasons");
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        logs.lock(e.serviceLogId());
        if (rejections.findByIdOptional(e.serviceLogId()).isPresent()) {
            return;
        }
        rejections.persist(new RejectedLog(e.serviceLogId(), e.providerLogId(), e.providerId(), e.elderId(),
                e.caregiverId(), e.itemCode(), e.districtCode(), e.reasons(), e.serviceDate(), e.period(),
                e.rejectedAt()));
    }

    private void apply(ServiceLog.Effect effect, ServiceLog log, int sign, String lateReason,
            Adjustment.Kind lateKind) {
        switch (effect) {
            case ADD_TO_PERIOD_TOTALS, SUBTRACT_FROM_PERIOD_TOTALS -> totals.add(log.providerId(), log.period(),
                    log.itemCode(), sign, (long) sign * log.units(), sign * log.amountFen());
            case ADJUST_NEXT_OPEN_PERIOD -> {
                String target = periods.firstOpenFrom(SettlementMonth.next(log.period()));
                Adjustment adjustment = new Adjustment(log.providerId(), log.id(), sign * log.amountFen(),
                        lateReason, lateKind, null, log.period(), target, clock.instant(), ACTOR);
                adjustments.persist(adjustment);
                outbox.append(new AdjustmentRecorded(adjustment.id(), adjustment.providerId(), log.id(), target,
                        adjustment.amountFen(), lateReason));
                audit.record(ACTOR, "ADJUSTMENT_RECORDED", "Adjustment", adjustment.id().toString(), null,
                        AdjustmentView.of(adjustment));
            }
            case NOTHING -> {
            }
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new MalformedEventException(message);
        }
    }
}
