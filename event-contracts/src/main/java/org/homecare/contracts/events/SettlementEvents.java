package org.homecare.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Events on {@code settlement.v1}, keyed by providerId (PeriodClosed, which concerns every provider, by period). */
public final class SettlementEvents {

    public record PeriodClosed(String period, Instant closedAt) implements DomainEvent {
        @Override
        public String subject() {
            return period;
        }
    }

    public record StatementConfirmed(UUID statementId, UUID providerId, String period, long totalFen)
            implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    public record StatementDisputed(UUID statementId, UUID providerId, String period, long totalFen, String reason)
            implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    public record StatementApproved(UUID statementId, UUID providerId, String period, long totalFen)
            implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    public record StatementPaid(UUID statementId, UUID providerId, String period, long amountFen,
            String bankReference, LocalDate paidOn) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    public record AdjustmentRecorded(UUID adjustmentId, UUID providerId, UUID serviceLogId, String period,
            long amountFen, String reason) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    private SettlementEvents() {
    }
}
