package org.homecare.settlement.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.settlement.domain.PayeeStatus;
import org.homecare.settlement.domain.PaymentReturn;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.repository.AdjustmentRepository;
import org.homecare.settlement.repository.PaymentRepository;
import org.homecare.settlement.repository.PaymentReturnRepository;
import org.homecare.settlement.repository.ProviderRefRepository;
import org.homecare.settlement.repository.StatementStepRepository;

/** Puts a statement together with its provider, adjustments, payments, returns and steps, as every endpoint answers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatementViews {

    private final ProviderRefRepository providers;
    private final AdjustmentRepository adjustments;
    private final PaymentRepository payments;
    private final PaymentReturnRepository returns;
    private final StatementStepRepository steps;
    private final PayeeDirectory payees;

    public StatementViews(ProviderRefRepository providers, AdjustmentRepository adjustments,
            PaymentRepository payments, PaymentReturnRepository returns, StatementStepRepository steps,
            PayeeDirectory payees) {
        this.providers = providers;
        this.adjustments = adjustments;
        this.payments = payments;
        this.returns = returns;
        this.steps = steps;
        this.payees = payees;
    }

    public StatementView of(Statement s) {
        Map<UUID, PaymentReturn> returned = returns.ofStatements(List.of(s.id())).stream()
                .collect(Collectors.toMap(PaymentReturn::paymentId, Function.identity()));
        return StatementView.of(s, providers.findById(s.providerId()), adjustments.ofStatement(s.id()),
                payments.allFor(s.id()), returned, steps.of(s.id()), payeeStatus(s));
    }

    /** Whether an approved statement can be paid; null for one in any other status. */
    public PayeeStatus payeeStatus(Statement s) {
        return s.status() == StatementStatus.APPROVED ? PayeeStatus.of(s.payee(), payees.inForce(s.providerId()))
                : null;
    }
}
