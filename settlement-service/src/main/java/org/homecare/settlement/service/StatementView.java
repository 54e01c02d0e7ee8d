package org.homecare.settlement.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.homecare.settlement.domain.Adjustment;
import org.homecare.settlement.domain.Payment;
import org.homecare.settlement.domain.ProviderRef;
import org.homecare.settlement.domain.Statement;

/** A statement as answered: lines, the adjustments it carries, totals and, once paid, the payment. */
public record StatementView(UUID id, UUID providerId, @Schema(nullable = true) String providerName,
        @Schema(nullable = true) String creditCode, String period, String status, List<Line> lines, long linesFen,
        List<AdjustmentLine> adjustments, long adjustmentsFen, long totalFen,
        @Schema(nullable = true) String disputeReason, @Schema(nullable = true) PaymentView payment, Instant createdAt,
        Instant updatedAt) {

    public record Line(String itemCode, long count, long units, long amountFen) {
    }

    public record AdjustmentLine(UUID id, UUID serviceLogId, String kind, String originPeriod, long amountFen,
            String reason) {
    }

    public record PaymentView(long amountFen, String bankReference, LocalDate paidOn, Instant recordedAt) {
    }

    public static StatementView of(Statement s, ProviderRef provider, List<Adjustment> adjustments, Payment payment) {
        return new StatementView(s.id(), s.providerId(), provider == null ? null : provider.name(),
                provider == null ? null : provider.creditCode(), s.period(), s.status().name(),
                s.lines().stream().map(l -> new Line(l.itemCode(), l.logCount(), l.units(), l.amountFen())).toList(),
                s.linesFen(),
                adjustments.stream().map(a -> new AdjustmentLine(a.id(), a.serviceLogId(), a.kind().name(),
                        a.originPeriod(), a.amountFen(), a.reason())).toList(),
                s.adjustmentsFen(), s.totalFen(), s.disputeReason(),
                payment == null ? null
                        : new PaymentView(payment.amountFen(), payment.bankReference(), payment.paidOn(),
                                payment.recordedAt()),
                s.createdAt(), s.updatedAt());
    }
}
