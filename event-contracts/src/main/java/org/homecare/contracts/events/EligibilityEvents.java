package org.homecare.contracts.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events on {@code eligibility.v1}, keyed by elderId. No identity number, full name or exact home location ever
 * travels here; a grant carries the name masked to the surname and one {@code *} ({@code 张*}), which is what a
 * provider's client list shows and which no one can turn back into the name; the home as a geohash cell of about
 * 150 m ({@code homeCell}), against which voucher-service checks where a visit was logged; and the elder's phone
 * ({@code contactPhone}), the one number voucher-service needs to send the one-time visit codes an elder reads back to
 * the caregiver. Each schema says why its field is there.
 */
public final class EligibilityEvents {

    /** The revocation reason of a death: it closes a voucher for good, where any other reason suspends it. */
    public static final String DECEASED = "DECEASED";

    public record EligibilityGranted(UUID elderId, String districtCode, long monthlyAmountFen, List<String> categories,
            LocalDate effectiveFrom, UUID policyId, int policyVersion, String elderNameMasked, String homeCell,
            String contactPhone) implements DomainEvent {
        /** Without the masked name, home cell and phone, as older releases published it. */
        public EligibilityGranted(UUID elderId, String districtCode, long monthlyAmountFen, List<String> categories,
                LocalDate effectiveFrom, UUID policyId, int policyVersion) {
            this(elderId, districtCode, monthlyAmountFen, categories, effectiveFrom, policyId, policyVersion, null);
        }

        /** Without the home cell and phone, as older releases published it. */
        public EligibilityGranted(UUID elderId, String districtCode, long monthlyAmountFen, List<String> categories,
                LocalDate effectiveFrom, UUID policyId, int policyVersion, String elderNameMasked) {
            this(elderId, districtCode, monthlyAmountFen, categories, effectiveFrom, policyId, policyVersion,
                    elderNameMasked, null, null);
        }

        @Override
        public String subject() {
            return elderId.toString();
        }
    }

    public record EligibilityChanged(UUID elderId, String districtCode, long monthlyAmountFen, List<String> categories,
            LocalDate effectiveFrom, UUID policyId, int policyVersion, String elderNameMasked, String homeCell,
            String contactPhone) implements DomainEvent {
        /** Without the masked name, home cell and phone, as older releases published it. */
        public EligibilityChanged(UUID elderId, String districtCode, long monthlyAmountFen, List<String> categories,
                LocalDate effectiveFrom, UUID policyId, int policyVersion) {
            this(elderId, districtCode, monthlyAmountFen, categories, effectiveFrom, policyId, policyVersion, null);
        }

        /** Without the home cell and phone, as older releases published it. */
        public EligibilityChanged(UUID elderId, String districtCode, long monthlyAmountFen, List<String> categories,
                LocalDate effectiveFrom, UUID policyId, int policyVersion, String elderNameMasked) {
            this(elderId, districtCode, monthlyAmountFen, categories, effectiveFrom, policyId, policyVersion,
                    elderNameMasked, null, null);
        }

        @Override
        public String subject() {
            return elderId.toString();
        }
    }

    /** reason: DECEASED, NO_RULE_MATCHES, MOVED_OUT_OF_SCOPE, ... */
    public record EligibilityRevoked(UUID elderId, String districtCode, String reason, LocalDate effectiveFrom,
            UUID policyId, int policyVersion) implements DomainEvent {
        @Override
        public String subject() {
            return elderId.toString();
        }
    }

    private EligibilityEvents() {
    }
}
