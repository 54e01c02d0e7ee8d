package org.homecare.settlement.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.settlement.domain.Adjustment;
import org.homecare.settlement.domain.ServiceLog;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.domain.StatementStep.Action;
import org.homecare.settlement.messaging.SettlementEventMapper;
import org.homecare.settlement.repository.AdjustmentRepository;
import org.homecare.settlement.repository.ServiceLogRepository;
import org.homecare.settlement.repository.StatementRepository;
import org.homecare.settlement.service.StatementHistory.Snapshot;

/**
 * city-admin's answer to a provider's dispute. UPHELD: the statement stands and is confirmed. CORRECTED: the
 * corrections go onto this statement (its period is not paid yet), its total is computed again and it goes back to
 * the provider to confirm.
 */
@ApplicationScoped
@Transactional
public class DisputeResolution {

    public enum Outcome {
        UPHELD, CORRECTED
    }

    /** One correction: an amount (signed fen) for a service log of the statement, or for none. */
    public record Correction(Optional<UUID> serviceLogId, long amountFen, String reason) {
    }

    private final StatementRepository statements;
    private final AdjustmentRepository adjustments;
    private final ServiceLogRepository logs;
    private final StatementViews views;
    private final StatementHistory history;
    private final BusinessClock clock;

    public DisputeResolution(StatementRepository statements, AdjustmentRepository adjustments,
            ServiceLogRepository logs, StatementViews views, StatementHistory history, BusinessClock clock) {
        this.statements = statements;
        this.adjustments = adjustments;
        this.logs = logs;
        this.views = views;
        this.history = history;
        this.clock = clock;
    }

    public StatementView resolve(UUID id, Outcome outcome, String note, List<Correction> corrections,
            Caller caller) {
        Statement s = statements.forUpdate(id).orElseThrow(() -> ApiProblem.notFound("statement", id));
        if (s.status() != StatementStatus.DISPUTED) {
            throw new ApiProblem(409, "Conflict", "STATEMENT_NOT_DISPUTED", "statement " + id + " is " + s.status()
                    + "; only a disputed statement is resolved", List.of(), List.of(s.status().name()));
        }
        checkCorrections(s, outcome, corrections);
        Snapshot before = Snapshot.of(s);
        Instant now = clock.instant();
        long correctionFen = corrections.stream().mapToLong(Correction::amountFen).reduce(0, Math::addExact);
        if (outcome == Outcome.UPHELD) {
            s.moveTo(StatementStatus.CONFIRMED, now);
        } else {
            try {
                s.correct(correctionFen, now);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.unprocessable("NEGATIVE_TOTAL", e.getMessage(), List.of("TOTAL_BELOW_ZERO"));
            }
            corrections.forEach(c -> adjustments.persist(Adjustment.correction(s, c.serviceLogId().orElse(null),
                    c.amountFen(), c.reason(), now, caller.name())));
        }
        history.record(s, before, outcome == Outcome.UPHELD ? Action.UPHELD : Action.CORRECTED, caller.name(), note,
                SettlementEventMapper.statementResolved(s, outcome.name(), correctionFen));
        return views.of(s);
    }

    private void checkCorrections(Statement s, Outcome outcome, List<Correction> corrections) {
        if (outcome == Outcome.UPHELD && !corrections.isEmpty()) {
            throw ApiProblem.badRequest("adjustments", "must be empty when the statement is upheld");
        }
        if (outcome == Outcome.CORRECTED && corrections.isEmpty()) {
            throw ApiProblem.badRequest("adjustments", "must name at least one correction");
        }
        for (int i = 0; i < corrections.size(); i++) {
            Correction c = corrections.get(i);
            if (c.amountFen() == 0) {
                throw ApiProblem.badRequest("adjustments[" + i + "].amountFen", "must not be 0");
            }
            int at = i;
            c.serviceLogId().ifPresent(logId -> {
                Optional<ServiceLog> log = logs.findByIdOptional(logId);
                if (log.filter(l -> l.providerId().equals(s.providerId()) && s.period().equals(l.period()))
                        .isEmpty()) {
                    throw ApiProblem.badRequest("adjustments[" + at + "].serviceLogId",
                            "must be a service log of this statement's provider and period");
                }
            });
        }
    }
}
