package org.homecare.settlement.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.settlement.domain.Payment;
import org.homecare.settlement.domain.PaymentReturn;
import org.homecare.settlement.domain.ProviderRef;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStatus;
import org.homecare.settlement.repository.PaymentRepository;
import org.homecare.settlement.repository.PaymentReturnRepository;
import org.homecare.settlement.repository.ProviderRefRepository;
import org.homecare.settlement.repository.StatementRepository;

/**
 * A period's money as the city's books and the bank must agree on it: what was approved, paid, returned and is still
 * outstanding, to the fen, and every payment with its bank reference. Approved = paid + outstanding, always.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reconciliation {

    public record Sum(long count, long totalFen) {
        static Sum of(List<Long> amounts) {
            return new Sum(amounts.size(), amounts.stream().mapToLong(Long::longValue).reduce(0, Math::addExact));
        }
    }

    public record PaymentLine(String bankReference, long amountFen, LocalDate paidOn,
            @Schema(nullable = true) LocalDate returnedOn, @Schema(nullable = true) String returnReasonCode) {
    }

    public record StatementLine(UUID statementId, UUID providerId, @Schema(nullable = true) String providerName,
            String status, long totalFen, long paidFen, List<PaymentLine> payments) {
    }

    public record Report(String period,
            @Schema(description = "statements the city approved: paid + outstanding") Sum approved,
            @Schema(description = "statements paid, by payments that stand") Sum paid,
            @Schema(description = "payments the bank returned") Sum returned,
            @Schema(description = "approved statements not paid (again) yet") Sum outstanding,
            List<StatementLine> statements) {
    }

    private final StatementRepository statements;
    private final PaymentRepository payments;
    private final PaymentReturnRepository returns;
    private final ProviderRefRepository providers;

    public Reconciliation(StatementRepository statements, PaymentRepository payments,
            PaymentReturnRepository returns, ProviderRefRepository providers) {
        this.statements = statements;
        this.payments = payments;
        this.returns = returns;
        this.providers = providers;
    }

    public Report of(String period) {
        List<Statement> approved = statements.allOf(period, List.of(StatementStatus.APPROVED, StatementStatus.PAID));
        List<UUID> ids = approved.stream().map(Statement::id).toList();
        Map<UUID, List<Payment>> paymentsOf = payments.ofStatements(ids).stream()
                .collect(Collectors.groupingBy(Payment::statementId));
        Map<UUID, PaymentReturn> returnOf = returns.ofStatements(ids).stream()
                .collect(Collectors.toMap(PaymentReturn::paymentId, Function.identity()));
        List<StatementLine> lines = approved.stream()
                .map(s -> line(s, paymentsOf.getOrDefault(s.id(), List.of()), returnOf)).toList();
        return new Report(period, Sum.of(amounts(lines, null)), Sum.of(amounts(lines, StatementStatus.PAID)),
                Sum.of(returnOf.values().stream().map(r -> amountOf(r, paymentsOf)).toList()),
                Sum.of(amounts(lines, StatementStatus.APPROVED)), lines);
    }

    private StatementLine line(Statement s, List<Payment> paid, Map<UUID, PaymentReturn> returnOf) {
        List<PaymentLine> paymentLines = paid.stream().map(p -> {
            Optional<PaymentReturn> r = Optional.ofNullable(returnOf.get(p.id()));
            return new PaymentLine(p.bankReference(), p.amountFen(), p.paidOn(),
                    r.map(PaymentReturn::returnedOn).orElse(null), r.map(x -> x.reasonCode().name()).orElse(null));
        }).toList();
        long standing = paymentLines.stream().filter(p -> p.returnedOn() == null).mapToLong(PaymentLine::amountFen)
                .sum();
        return new StatementLine(s.id(), s.providerId(),
                providers.findByIdOptional(s.providerId()).map(ProviderRef::name).orElse(null), s.status().name(),
                s.totalFen(), standing, paymentLines);
    }

    private static List<Long> amounts(List<StatementLine> lines, StatementStatus status) {
        return lines.stream().filter(l -> status == null || l.status().equals(status.name()))
                .map(StatementLine::totalFen).toList();
    }

    private static long amountOf(PaymentReturn r, Map<UUID, List<Payment>> paymentsOf) {
        return paymentsOf.get(r.statementId()).stream().filter(p -> p.id().equals(r.paymentId())).findFirst()
                .orElseThrow().amountFen();
    }
}
