package org.homecare.settlement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.identity.BankAccountNumber;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.domain.StatementStep;
import org.homecare.settlement.repository.StatementStepRepository;

/**
 * Writes what every step of a statement leaves behind, in the step's transaction: the line of its history (who,
 * when, from, to, why), its event and its audit record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StatementHistory {

    /** The audit snapshot of a statement before and after a step. */
    public record Snapshot(StatementStatus status, long totalFen, String payeeAccount) {
        static Snapshot of(Statement s) {
            return new Snapshot(s.status(), s.totalFen(), s.payee() == null ? null
                    : BankAccountNumber.mask(s.payee().accountNumber()));
        }
    }

    private final StatementStepRepository steps;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public StatementHistory(StatementStepRepository steps, OutboxWriter outbox, AuditTrail audit,
            BusinessClock clock) {
        this.steps = steps;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public void record(Statement s, Snapshot before, StatementStep.Action action, String actor, String note,
            DomainEvent event) {
        steps.persist(new StatementStep(s.id(), clock.instant(), actor, action, before.status(), s.status(), note));
        if (event != null) {
            outbox.append(event);
        }
        audit.record(actor, "STATEMENT_" + action.name(), "Statement", s.id().toString(), before, Snapshot.of(s));
    }
}
