package org.homecare.contracts.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events on {@code provider.v1}, keyed by providerId: all that voucher-service and settlement-service need to
 * validate a service log and label a statement without calling provider-service.
 */
public final class ProviderEvents {

    public record ProviderApproved(UUID providerId, String creditCode, String name, List<String> districtCodes,
            List<String> categories, LocalDate effectiveFrom) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    public record ProviderSuspended(UUID providerId, String reason, LocalDate effectiveFrom) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    public record ProviderReinstated(UUID providerId, String reason, LocalDate effectiveFrom) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    public record ProviderTerminated(UUID providerId, String reason, LocalDate effectiveFrom) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    /**
     * The account the city pays a provider's statements to, from {@code effectiveFrom}. It carries the whole account
     * number: settlement-service pays to it and is the only consumer that keeps this event (voucher-service passes it
     * over, storing nothing); no service may log it or pass it on.
     */
    public record ProviderPayeeChanged(UUID providerId, String accountName, String bankName, String bankCode,
            String accountNumber, LocalDate effectiveFrom) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    /**
     * One price of the rate card: in force from {@code effectiveFrom} until the next price of the same item. From the
     * catalogue: {@code minMinutes}, the shortest visit that counts as the service (null: no minimum), and for HOUR
     * items {@code unitRounding}, how a visit's minutes become the hours it may bill ({@code UP}, {@code HALF_UP},
     * {@code DOWN}; null: not checked).
     */
    public record Rate(String itemCode, String category, String unit, long unitPriceFen, LocalDate effectiveFrom,
            Integer minMinutes, String unitRounding) {
        /** Without the catalogue's duration rules, as older releases published it. */
        public Rate(String itemCode, String category, String unit, long unitPriceFen, LocalDate effectiveFrom) {
            this(itemCode, category, unit, unitPriceFen, effectiveFrom, null, null);
        }
    }

    /** Carries the whole rate card, so a consumer never needs an earlier event to price a log. */
    public record ContractActivated(UUID contractId, UUID providerId, LocalDate validFrom, LocalDate validTo,
            List<String> districtCodes, List<Rate> rates) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    /** endedOn is the last day the contract covers (inclusive); before validFrom, it never covered a day. */
    public record ContractEnded(UUID contractId, UUID providerId, LocalDate endedOn, String reason)
            implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    /** personKey: keyed hash of the identity number, the same person across providers without the number. */
    public record CaregiverRegistered(UUID caregiverId, UUID providerId, String personKey, int certificationLevel,
            LocalDate effectiveFrom) implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    public record CaregiverDeactivated(UUID caregiverId, UUID providerId, String personKey, LocalDate effectiveFrom)
            implements DomainEvent {
        @Override
        public String subject() {
            return providerId.toString();
        }
    }

    private ProviderEvents() {
    }
}
