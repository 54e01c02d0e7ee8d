package org.homecare.settlement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.settlement.domain.Adjustment;
import org.homecare.settlement.domain.ServiceLog;
import org.homecare.settlement.domain.SettlementMonth;
import org.homecare.settlement.messaging.SettlementEventMapper;
import org.homecare.settlement.repository.AdjustmentRepository;
import org.homecare.settlement.repository.SettlementPeriodRepository;

/**
 * Money of a log whose period has closed (its statement is built): recorded, announced and audited as an adjustment
 * of the next open period, in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LateLogAdjustments {

    static final String ACTOR = "system:voucher-events";

    private final SettlementPeriodRepository periods;
    private final AdjustmentRepository adjustments;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public LateLogAdjustments(SettlementPeriodRepository periods, AdjustmentRepository adjustments,
            OutboxWriter outbox, AuditTrail audit, BusinessClock clock) {
        this.periods = periods;
        this.adjustments = adjustments;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param sign +1 for a late accept, -1 for a late void */
    public void record(ServiceLog log, int sign) {
        String reason = (sign > 0 ? "accepted after period " : "voided after period ") + log.period() + " closed";
        Adjustment.Kind kind = sign > 0 ? Adjustment.Kind.LATE_ACCEPT : Adjustment.Kind.LATE_VOID;
        String target = periods.firstOpenFrom(SettlementMonth.next(log.period()));
        Adjustment adjustment = new Adjustment(log.providerId(), log.id(), sign * log.amountFen(), reason, kind, null,
                log.period(), target, clock.instant(), ACTOR);
        adjustments.persist(adjustment);
        outbox.append(SettlementEventMapper.adjustmentRecorded(adjustment));
        audit.record(ACTOR, "ADJUSTMENT_RECORDED", "Adjustment", adjustment.id().toString(), null,
                AdjustmentView.of(adjustment));
    }
}
