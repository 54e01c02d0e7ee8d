package org.homecare.settlement.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.contracts.identity.BankAccountNumber;
import org.homecare.settlement.domain.Adjustment;
import org.homecare.settlement.domain.Payee;
import org.homecare.settlement.domain.PayeeStatus;
import org.homecare.settlement.domain.Payment;
import org.homecare.settlement.domain.PaymentReturn;
import org.homecare.settlement.domain.ProviderRef;
import org.homecare.settlement.domain.Statement;
import org.homecare.settlement.domain.StatementStep;

/**
 * A statement as answered: lines, the adjustments it carries, totals, the payee it was approved to (the number
 * masked: only the payment instructions carry it whole), every payment with the bank's return if any, and every step.
 */
public record StatementView(UUID id, UUID providerId, @Schema(nullable = true) String providerName,
        @Schema(nullable = true) String creditCode, String period, String status, List<Line> lines, long linesFen,
        List<AdjustmentLine> adjustments, long adjustmentsFen, long totalFen,
        @Schema(nullable = true) String disputeReason,
        @Schema(nullable = true, description = "the payee fixed at approval") PayeeView payee,
        @Schema(nullable = true, description = "for an approved statement: whether it can be paid to its payee")
        PayeeStatus payeeStatus,
        @Schema(nullable = true, description = "the payment that stands (paid and not returned)") PaymentView payment,
        List<PaymentView> payments, List<StepView> history, Instant createdAt, Instant updatedAt) {

    public record Line(String itemCode, long count, long units, long amountFen) {
    }

    public record AdjustmentLine(UUID id, @Schema(nullable = true) UUID serviceLogId, String kind, String originPeriod,
            long amountFen, String reason) {
    }

    public record PayeeView(String accountName, String bankName, String bankCode, String accountNumber) {
        static PayeeView of(Payee p) {
            return p == null ? null : new PayeeView(p.accountName(), p.bankName(), p.bankCode(),
                    BankAccountNumber.mask(p.accountNumber()));
        }
    }

    public record ReturnView(LocalDate returnedOn, String reasonCode, String reason) {
    }

    public record PaymentView(long amountFen, String bankReference, LocalDate paidOn, Instant recordedAt,
            @Schema(nullable = true) ReturnView returned) {
    }

    public record StepView(Instant at, String actor, String action, @Schema(nullable = true) String fromStatus,
            String toStatus, @Schema(nullable = true) String note) {
    }

    static StatementView of(Statement s, ProviderRef provider, List<Adjustment> adjustments, List<Payment> payments,
            Map<UUID, PaymentReturn> returns, List<StatementStep> steps, PayeeStatus payeeStatus) {
        List<PaymentView> paymentViews = payments.stream().map(p -> payment(p, returns.get(p.id()))).toList();
        PaymentView standing = paymentViews.stream().filter(p -> p.returned() == null).reduce((a, b) -> b)
                .orElse(null);
        return new StatementView(s.id(), s.providerId(), provider == null ? null : provider.name(),
                provider == null ? null : provider.creditCode(), s.period(), s.status().name(),
                s.lines().stream().map(l -> new Line(l.itemCode(), l.logCount(), l.units(), l.amountFen())).toList(),
                s.linesFen(),
                adjustments.stream().map(a -> new AdjustmentLine(a.id(), a.serviceLogId(), a.kind().name(),
                        a.originPeriod(), a.amountFen(), a.reason())).toList(),
                s.adjustmentsFen(), s.totalFen(), s.disputeReason(), PayeeView.of(s.payee()), payeeStatus, standing,
                paymentViews,
                steps.stream().map(st -> new StepView(st.at(), st.actor(), st.action().name(),
                        st.fromStatus() == null ? null : st.fromStatus().name(), st.toStatus().name(), st.note()))
                        .toList(),
                s.createdAt(), s.updatedAt());
    }

    private static PaymentView payment(Payment p, PaymentReturn returned) {
        return new PaymentView(p.amountFen(), p.bankReference(), p.paidOn(), p.recordedAt(), returned == null ? null
                : new ReturnView(returned.returnedOn(), returned.reasonCode().name(), returned.reason()));
    }
}
