package org.homecare.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events on {@code voucher.v1}, keyed by voucherId. Periods are written {@code 2026-11}. */
public final class VoucherEvents {

    /** {@code cardNumber} is null only in events of vouchers issued before card numbers were given. */
    public record VoucherIssued(UUID voucherId, UUID elderId, String districtCode, long monthlyAmountFen,
            List<String> categories, LocalDate effectiveFrom, String cardNumber) implements DomainEvent {
        @Override
        public String subject() {
            return voucherId.toString();
        }
    }

    public record VoucherCredited(UUID voucherId, UUID elderId, String period, long amountFen, long balanceAfterFen,
            UUID ledgerEntryId) implements DomainEvent {
        @Override
        public String subject() {
            return voucherId.toString();
        }
    }

    public record VoucherSuspended(UUID voucherId, UUID elderId, String reason, LocalDate effectiveFrom)
            implements DomainEvent {
        @Override
        public String subject() {
            return voucherId.toString();
        }
    }

    public record VoucherReactivated(UUID voucherId, UUID elderId, LocalDate effectiveFrom) implements DomainEvent {
        @Override
        public String subject() {
            return voucherId.toString();
        }
    }

    public record VoucherClosed(UUID voucherId, UUID elderId, String reason, LocalDate effectiveFrom)
            implements DomainEvent {
        @Override
        public String subject() {
            return voucherId.toString();
        }
    }

    public record BalanceExpired(UUID voucherId, UUID elderId, String period, long amountFen, long balanceAfterFen,
            UUID ledgerEntryId) implements DomainEvent {
        @Override
        public String subject() {
            return voucherId.toString();
        }
    }

    public record ServiceLogAccepted(UUID serviceLogId, String providerLogId, UUID providerId, UUID elderId,
            UUID voucherId, UUID caregiverId, String itemCode, String category, String districtCode, int units,
            long unitPriceFen, long amountFen, LocalDate serviceDate, Instant startTime, Instant endTime,
            String period, Instant acceptedAt) implements DomainEvent {
        @Override
        public String subject() {
            return voucherId.toString();
        }
    }

    /** voucherId and elderId are null when the voucher was not found; the key is then the providerId. */
    public record ServiceLogRejected(UUID serviceLogId, String providerLogId, UUID providerId, UUID elderId,
            UUID voucherId, UUID caregiverId, String itemCode, String districtCode, List<String> reasons,
            LocalDate serviceDate, String period, Instant rejectedAt) implements DomainEvent {
        @Override
        public String subject() {
            return voucherId != null ? voucherId.toString() : providerId.toString();
        }
    }

    public record ServiceLogVoided(UUID serviceLogId, String providerLogId, UUID providerId, UUID elderId,
            UUID voucherId, String itemCode, long amountFen, String period, String reason, Instant voidedAt)
            implements DomainEvent {
        @Override
        public String subject() {
            return voucherId.toString();
        }
    }

    /**
     * A log stored and debited but held on visit exceptions ({@code LOCATION_MISMATCH}, {@code DURATION_SHORT},
     * {@code CONFIRMATION_FAILED}): not payable until they are resolved, when {@link ServiceLogAccepted} follows; voided
     * ({@link ServiceLogVoided}) when they are rejected or left unresolved at the end of the submission window.
     */
    public record ServiceLogHeld(UUID serviceLogId, String providerLogId, UUID providerId, UUID elderId,
            UUID voucherId, String itemCode, long amountFen, LocalDate serviceDate, String period,
            List<String> exceptions, Instant heldAt) implements DomainEvent {
        @Override
        public String subject() {
            return voucherId.toString();
        }
    }

    /**
     * A log replaced by a corrected version: the old one is voided ({@link ServiceLogVoided}, reason
     * {@code CORRECTED}) and the new one accepted or held; this says why and which fields changed.
     */
    public record ServiceLogCorrected(UUID serviceLogId, UUID correctsServiceLogId, String providerLogId,
            UUID providerId, UUID voucherId, int version, String correctionReason, List<String> changedFields,
            String period, Instant correctedAt) implements DomainEvent {
        @Override
        public String subject() {
            return voucherId.toString();
        }
    }

    private VoucherEvents() {
    }
}
