package org.homecare.settlement.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.audit.AuditTrail;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.settlement.domain.Payment;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.messaging.SettlementEventMapper;
import org.homecare.settlement.repository.AdjustmentRepository;
import org.homecare.settlement.repository.PaymentRepository;
import org.homecare.settlement.repository.ProviderRefRepository;
import org.homecare.settlement.repository.StatementRepository;

/** Reads statements and moves them through the workflow; every move is an event and an audit record. */
@ApplicationScoped
@Transactional
public class StatementWorkflow {

    private record Snapshot(UUID id, StatementStatus status, long totalFen, String disputeReason) {
        static Snapshot of(Statement s) {
            return new Snapshot(s.id(), s.status(), s.totalFen(), s.disputeReason());
        }
    }

    private record PaidSnapshot(UUID id, StatementStatus status, long totalFen, long paidFen, String bankReference,
            LocalDate paidOn) {
    }

    private final StatementRepository statements;
    private final AdjustmentRepository adjustments;
    private final PaymentRepository payments;
    private final ProviderRefRepository providers;
    private final StatementAccess access;
    private final OutboxWriter outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public StatementWorkflow(StatementRepository statements, AdjustmentRepository adjustments,
            PaymentRepository payments, ProviderRefRepository providers, StatementAccess access, OutboxWriter outbox,
            AuditTrail audit, BusinessClock clock) {
        this.statements = statements;
        this.adjustments = adjustments;
        this.payments = payments;
        this.providers = providers;
        this.access = access;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatementView read(UUID id, Caller caller) {
        return view(statements.findByIdOptional(id).filter(s -> access.maySee(caller, s))
                .orElseThrow(() -> ApiProblem.notFound("statement", id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<StatementView> list(String period, Caller caller, PageRequest paging) {
        Optional<UUID> provider = Optional.empty();
        if (caller.is(Caller.PROVIDER) && !caller.seesAll()) {
            provider = access.providerOf(caller);
            if (provider.isEmpty()) {
                return new Paged<>(List.of(), paging.page(), paging.size(), 0);
            }
        }
        StatementRepository.Slice slice = statements.page(period, provider, access.visibleStatuses(caller),
                paging.page(), paging.size());
        return new Paged<>(slice.items().stream().map(this::view).toList(), paging.page(), paging.size(),
                slice.total());
    }

    public StatementView confirm(UUID id, Caller caller) {
        Statement s = ownForUpdate(id, caller);
        Snapshot before = Snapshot.of(s);
        move(s, StatementStatus.CONFIRMED, () -> s.moveTo(StatementStatus.CONFIRMED, clock.instant()));
        outbox.append(SettlementEventMapper.statementConfirmed(s));
        audit.record(caller.actor(), "STATEMENT_CONFIRMED", "Statement", id.toString(), before, Snapshot.of(s));
        return view(s);
    }

    public StatementView dispute(UUID id, String reason, Caller caller) {
        Statement s = ownForUpdate(id, caller);
        Snapshot before = Snapshot.of(s);
        move(s, StatementStatus.DISPUTED, () -> s.dispute(reason, clock.instant()));
        outbox.append(SettlementEventMapper.statementDisputed(s));
        audit.record(caller.actor(), "STATEMENT_DISPUTED", "Statement", id.toString(), before, Snapshot.of(s));
        return view(s);
    }

    public StatementView approve(UUID id, Caller caller) {
        Statement s = statements.forUpdate(id).orElseThrow(() -> ApiProblem.notFound("statement", id));
        Snapshot before = Snapshot.of(s);
        move(s, StatementStatus.APPROVED, () -> s.moveTo(StatementStatus.APPROVED, clock.instant()));
        outbox.append(SettlementEventMapper.statementApproved(s));
        audit.record(caller.actor(), "STATEMENT_APPROVED", "Statement", id.toString(), before, Snapshot.of(s));
        return view(s);
    }

    /** The platform's record of a transfer: only an approved statement, only its exact total, only once. */
    public StatementView pay(UUID id, long amountFen, String bankReference, LocalDate paidOn, Caller caller) {
        Statement s = statements.forUpdate(id).filter(st -> access.maySee(caller, st))
                .orElseThrow(() -> ApiProblem.notFound("statement", id));
        if (s.status() == StatementStatus.PAID) {
            throw ApiProblem.conflict("STATEMENT_ALREADY_PAID", "statement " + id + " is already paid");
        }
        if (s.status() != StatementStatus.APPROVED) {
            throw ApiProblem.conflict("STATEMENT_NOT_APPROVED",
                    "statement " + id + " is " + s.status() + "; only an approved statement can be paid");
        }
        if (amountFen != s.totalFen()) {
            throw ApiProblem.unprocessable("PAYMENT_AMOUNT_MISMATCH", "amountFen " + amountFen
                    + " differs from the statement total " + s.totalFen(), List.of("AMOUNT_NOT_EQUAL_TO_TOTAL"));
        }
        if (paidOn.isAfter(clock.today())) {
            throw ApiProblem.badRequest("paidOn", "must not be after today (" + clock.today() + ")");
        }
        Snapshot before = Snapshot.of(s);
        Instant now = clock.instant();
        s.moveTo(StatementStatus.PAID, now);
        Payment payment = new Payment(s.id(), amountFen, bankReference, paidOn, now, caller.actor());
        payments.persist(payment);
        outbox.append(SettlementEventMapper.statementPaid(s, payment));
        audit.record(caller.actor(), "STATEMENT_PAID", "Statement", id.toString(), before,
                new PaidSnapshot(s.id(), s.status(), s.totalFen(), amountFen, bankReference, paidOn));
        return view(s);
    }

    /** A provider acts on its own statements only; another provider's looks absent. */
    private Statement ownForUpdate(UUID id, Caller caller) {
        Optional<UUID> own = access.providerOf(caller);
        return statements.forUpdate(id).filter(s -> own.filter(s.providerId()::equals).isPresent())
                .orElseThrow(() -> ApiProblem.notFound("statement", id));
    }

    private static void move(Statement s, StatementStatus target, Runnable transition) {
        if (!s.status().mayMoveTo(target)) {
            throw ApiProblem.conflict("STATEMENT_TRANSITION_NOT_ALLOWED",
                    "a " + s.status() + " statement cannot become " + target);
        }
        transition.run();
    }

    StatementView view(Statement s) {
        return StatementView.of(s, providers.findById(s.providerId()), adjustments.ofStatement(s.id()),
                payments.forStatement(s.id()).orElse(null));
    }
}
