package org.homecare.settlement.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.settlement.domain.Adjustment;
import org.homecare.settlement.domain.AuditFinding;
import org.homecare.settlement.domain.ServiceLog;
import org.homecare.settlement.messaging.SettlementEventMapper;
import org.homecare.settlement.repository.AdjustmentRepository;
import org.homecare.settlement.repository.AuditFindingRepository;
import org.homecare.settlement.repository.ServiceLogRepository;
import org.homecare.settlement.repository.SettlementPeriodRepository;

/**
 * Records a correction against one provider's service log. It lands in the provider's statement of the earliest
 * period, from the log's own on, that is still open: never in a built (let alone paid) statement.
 */
@ApplicationScoped
@Transactional
public class AdjustmentRecorder {

    public record Command(UUID providerId, UUID serviceLogId, long amountFen, String reason, UUID findingId) {
    }

    private final ServiceLogRepository logs;
    private final AuditFindingRepository findings;
    private final AdjustmentRepository adjustments;
    private final SettlementPeriodRepository periods;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public AdjustmentRecorder(ServiceLogRepository logs, AuditFindingRepository findings,
            AdjustmentRepository adjustments, SettlementPeriodRepository periods, OutboxWriter outbox,
            AuditTrail audit, BusinessClock clock) {
        this.logs = logs;
        this.findings = findings;
        this.adjustments = adjustments;
        this.periods = periods;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public AdjustmentView record(Command command, Caller caller) {
        if (command.findingId() == null && !caller.is(Caller.CITY_ADMIN)) {
            throw ApiProblem.badRequest("findingId", "an auditor's adjustment must refer to an audit finding");
        }
        ServiceLog log = logs.findByIdOptional(command.serviceLogId()).filter(ServiceLog::isAccepted)
                .orElseThrow(() -> ApiProblem.notFound("service log", command.serviceLogId()));
        if (!log.providerId().equals(command.providerId())) {
            throw ApiProblem.unprocessable("LOG_NOT_OF_PROVIDER", "service log " + log.id()
                    + " was not delivered by provider " + command.providerId(), List.of("LOG_NOT_OF_PROVIDER"));
        }
        if (command.findingId() != null) {
            AuditFinding finding = findings.findByIdOptional(command.findingId())
                    .orElseThrow(() -> ApiProblem.notFound("audit finding", command.findingId()));
            if (!finding.serviceLogId().equals(log.id())) {
                throw ApiProblem.unprocessable("FINDING_NOT_FOR_LOG", "finding " + finding.id()
                        + " is about another service log", List.of("FINDING_NOT_FOR_LOG"));
            }
        }
        String target = periods.firstOpenFrom(log.period());
        Adjustment adjustment = new Adjustment(log.providerId(), log.id(), command.amountFen(), command.reason(),
                command.findingId() != null ? Adjustment.Kind.AUDIT_FINDING : Adjustment.Kind.CITY,
                command.findingId(), log.period(), target, clock.instant(), caller.name());
        adjustments.persist(adjustment);
        outbox.append(SettlementEventMapper.adjustmentRecorded(adjustment));
        AdjustmentView view = AdjustmentView.of(adjustment);
        audit.record(caller.name(), "ADJUSTMENT_RECORDED", "Adjustment", adjustment.id().toString(), null, view);
        return view;
    }
}
