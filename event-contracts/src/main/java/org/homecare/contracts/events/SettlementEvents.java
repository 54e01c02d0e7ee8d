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

    /** A provider's silence taken as its confirmation: no answer within the confirmation days after the close. */
    public record StatementDeemedConfirmed(UUID statementId, UUID providerId, String period, long totalFen,
            int confirmationDays) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    /** The city's answer to a dispute: UPHELD (confirmed as it stands) or CORRECTED (sent back with a new total). */
    public record StatementResolved(UUID statementId, UUID providerId, String period, String outcome,
            long correctionFen, long totalFen) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    /** The bank returned a payment: the statement is approved and unpaid again. */
    public record PaymentReturned(UUID statementId, UUID providerId, String period, long amountFen,
            String bankReference, LocalDate returnedOn, String reasonCode) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    private SettlementEvents() {
    }
}
