package org.homecare.settlement.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.settlement.domain.PayeeStatus;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.domain.StatementStep.Action;
import org.homecare.settlement.messaging.SettlementEventMapper;
import org.homecare.settlement.repository.StatementRepository;
import org.homecare.settlement.service.StatementHistory.Snapshot;

/** Reads statements and moves them through the workflow; every move is a step of its history, an event and an audit record. */
@ApplicationScoped
@Transactional
public class StatementWorkflow {

    private final StatementRepository statements;
    private final StatementAccess access;
    private final StatementViews views;
    private final StatementHistory history;
    private final PayeeDirectory payees;
    private final BusinessClock clock;

    public StatementWorkflow(StatementRepository statements, StatementAccess access, StatementViews views,
            StatementHistory history, PayeeDirectory payees, BusinessClock clock) {
        this.statements = statements;
        this.access = access;
        this.views = views;
        this.history = history;
        this.payees = payees;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatementView read(UUID id, Caller caller) {
        return views.of(visible(id, caller));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<StatementView> list(String period, Caller caller, PageRequest paging) {
        Optional<UUID> provider = Optional.empty();
        if (caller.restrictedToOwnProvider()) {
            provider = access.providerOf(caller);
            if (provider.isEmpty()) {
                return new Paged<>(List.of(), paging.page(), paging.size(), 0);
            }
        }
        StatementRepository.Slice slice = statements.page(period, provider, access.visibleStatuses(caller),
                paging.page(), paging.size());
        return new Paged<>(slice.items().stream().map(views::of).toList(), paging.page(), paging.size(),
                slice.total());
    }

    public StatementView confirm(UUID id, Caller caller) {
        Statement s = ownForUpdate(id, caller);
        Snapshot before = Snapshot.of(s);
        move(s, StatementStatus.CONFIRMED, () -> s.moveTo(StatementStatus.CONFIRMED, clock.instant()));
        history.record(s, before, Action.CONFIRMED, caller.name(), null,
                SettlementEventMapper.statementConfirmed(s));
        return views.of(s);
    }

    public StatementView dispute(UUID id, String reason, Caller caller) {
        Statement s = ownForUpdate(id, caller);
        Snapshot before = Snapshot.of(s);
        move(s, StatementStatus.DISPUTED, () -> s.dispute(reason, clock.instant()));
        history.record(s, before, Action.DISPUTED, caller.name(), reason,
                SettlementEventMapper.statementDisputed(s));
        return views.of(s);
    }

    /**
     * Approves a confirmed statement to be paid to the provider's account in force, fixing that account on it; an
     * approved statement whose provider's account has changed since (or who had none) is approved again to the new one.
     */
    public StatementView approve(UUID id, Caller caller) {
        Statement s = statements.forUpdate(id).orElseThrow(() -> ApiProblem.notFound("statement", id));
        Snapshot before = Snapshot.of(s);
        if (s.status() == StatementStatus.APPROVED && views.payeeStatus(s) == PayeeStatus.PAYEE_CHANGED_SINCE_APPROVAL) {
            s.reapprove(payees.inForce(s.providerId()).orElseThrow(), clock.instant());
            history.record(s, before, Action.REAPPROVED, caller.name(), "to the provider's account now in force",
                    SettlementEventMapper.statementApproved(s));
            return views.of(s);
        }
        move(s, StatementStatus.APPROVED, () -> s.approve(payees.inForce(s.providerId()).orElse(null),
                clock.instant()));
        history.record(s, before, Action.APPROVED, caller.name(), null,
                SettlementEventMapper.statementApproved(s));
        return views.of(s);
    }

    Statement visible(UUID id, Caller caller) {
        return statements.findByIdOptional(id).filter(s -> access.maySee(caller, s))
                .orElseThrow(() -> ApiProblem.notFound("statement", id));
    }

    /** A provider acts on its own statements only; another provider's looks absent. */
    private Statement ownForUpdate(UUID id, Caller caller) {
        Optional<UUID> own = access.providerOf(caller);
        return statements.forUpdate(id).filter(s -> own.filter(s.providerId()::equals).isPresent())
                .orElseThrow(() -> ApiProblem.notFound("statement", id));
    }

    static void move(Statement s, StatementStatus target, Runnable transition) {
        if (!s.status().mayMoveTo(target)) {
            throw new ApiProblem(409, "Conflict", "STATEMENT_TRANSITION_NOT_ALLOWED",
                    "a " + s.status() + " statement cannot become " + target, List.of(), List.of(s.status().name()));
        }
        transition.run();
    }
}
