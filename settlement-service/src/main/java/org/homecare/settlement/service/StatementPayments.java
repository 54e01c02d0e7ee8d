package org.homecare.settlement.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.caller.Caller;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.settlement.domain.PayeeStatus;
import org.homecare.settlement.domain.Payment;
import org.homecare.settlement.domain.PaymentReturn;
import org.homecare.settlement.domain.ReturnReason;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.domain.StatementStep.Action;
import org.homecare.settlement.messaging.SettlementEventMapper;
import org.homecare.settlement.repository.PaymentRepository;
import org.homecare.settlement.repository.PaymentReturnRepository;
import org.homecare.settlement.repository.StatementRepository;
import org.homecare.settlement.service.StatementHistory.Snapshot;

/** The platform's records of transfers and of the bank's returns. */
@ApplicationScoped
@Transactional
public class StatementPayments {

    private final StatementRepository statements;
    private final PaymentRepository payments;
    private final PaymentReturnRepository returns;
    private final StatementAccess access;
    private final StatementViews views;
    private final StatementHistory history;
    private final BusinessClock clock;

    public StatementPayments(StatementRepository statements, PaymentRepository payments,
            PaymentReturnRepository returns, StatementAccess access, StatementViews views, StatementHistory history,
            BusinessClock clock) {
        this.statements = statements;
        this.payments = payments;
        this.returns = returns;
        this.access = access;
        this.views = views;
        this.history = history;
        this.clock = clock;
    }

    /**
     * A transfer: only of an approved statement whose payee is the one approved, only its exact total, and once (again
     * only after the bank returned it).
     */
    public StatementView pay(UUID id, long amountFen, String bankReference, LocalDate paidOn, Caller caller) {
        Statement s = forUpdate(id, caller);
        if (s.status() == StatementStatus.PAID) {
            throw ApiProblem.conflict("STATEMENT_ALREADY_PAID", "statement " + id + " is already paid");
        }
        if (s.status() != StatementStatus.APPROVED) {
            throw ApiProblem.conflict("STATEMENT_NOT_APPROVED",
                    "statement " + id + " is " + s.status() + "; only an approved statement can be paid");
        }
        PayeeStatus payee = views.payeeStatus(s);
        if (payee != PayeeStatus.OK) {
            throw new ApiProblem(409, "Conflict", payee == PayeeStatus.MISSING ? "PAYEE_MISSING" : payee.name(),
                    payee == PayeeStatus.MISSING ? "the provider has no payee account: it cannot be paid"
                            : "the provider's account changed since the statement was approved: city-admin must "
                                    + "approve it again before it is paid",
                    List.of(), List.of(payee.name()));
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
        Payment payment = new Payment(s.id(), amountFen, bankReference, paidOn, now, caller.name());
        payments.persist(payment);
        history.record(s, before, Action.PAID, caller.name(), "bank reference " + bankReference,
                SettlementEventMapper.statementPaid(s, payment));
        return views.of(s);
    }

    /** The bank's answer that the last payment did not arrive: the statement is approved and unpaid again. */
    public StatementView returned(UUID id, String bankReference, LocalDate returnedOn, ReturnReason code,
            String reason, Caller caller) {
        Statement s = forUpdate(id, caller);
        if (s.status() != StatementStatus.PAID) {
            throw ApiProblem.conflict("STATEMENT_NOT_PAID", "statement " + id + " is " + s.status()
                    + "; only a paid statement's payment can be returned");
        }
        Payment payment = payments.lastFor(id).orElseThrow();
        if (!payment.bankReference().equals(bankReference)) {
            throw ApiProblem.conflict("PAYMENT_REFERENCE_MISMATCH", "the statement's payment has another bank "
                    + "reference than " + bankReference);
        }
        if (returnedOn.isBefore(payment.paidOn()) || returnedOn.isAfter(clock.today())) {
            throw ApiProblem.badRequest("returnedOn", "must lie between the payment's day (" + payment.paidOn()
                    + ") and today (" + clock.today() + ")");
        }
        Snapshot before = Snapshot.of(s);
        Instant now = clock.instant();
        s.moveTo(StatementStatus.APPROVED, now);
        PaymentReturn returned = new PaymentReturn(payment, returnedOn, code, reason, now, caller.name());
        returns.persist(returned);
        history.record(s, before, Action.PAYMENT_RETURNED, caller.name(), code + " " + reason,
                SettlementEventMapper.paymentReturned(s, payment, returned));
        return views.of(s);
    }

    private Statement forUpdate(UUID id, Caller caller) {
        return statements.forUpdate(id).filter(st -> access.maySee(caller, st))
                .orElseThrow(() -> ApiProblem.notFound("statement", id));
    }
}
