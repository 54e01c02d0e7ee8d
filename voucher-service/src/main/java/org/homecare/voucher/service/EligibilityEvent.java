package org.homecare.voucher.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.MalformedEventException;

/**
 * An eligibility.v1 event the voucher accounts apply, checked complete when made: one an account cannot be kept with
 * throws {@link MalformedEventException} before anything is written, so it is dead-lettered alone.
 */
public sealed interface EligibilityEvent {

    UUID eventId();

    UUID elderId();

    record Granted(UUID eventId, EligibilityGranted data) implements EligibilityEvent {
        public Granted {
            checkTerms("EligibilityGranted", eventId, data.elderId(), data.districtCode(), data.monthlyAmountFen(),
                    data.categories(), data.effectiveFrom());
        }

        @Override
        public UUID elderId() {
            return data.elderId();
        }

        /** The name masked to the surname, as eligibility-service sends it (null from older releases). */
        public String elderName() {
            return data.elderNameMasked();
        }
    }

    record Changed(UUID eventId, EligibilityChanged data) implements EligibilityEvent {
        public Changed {
            checkTerms("EligibilityChanged", eventId, data.elderId(), data.districtCode(), data.monthlyAmountFen(),
                    data.categories(), data.effectiveFrom());
        }

        @Override
        public UUID elderId() {
            return data.elderId();
        }

        /** As for {@link Granted#elderName()}. */
        public String elderName() {
            return data.elderNameMasked();
        }
    }

    record Revoked(UUID eventId, EligibilityRevoked data) implements EligibilityEvent {
        public Revoked {
            if (data.elderId() == null || data.effectiveFrom() == null) {
                throw new MalformedEventException("EligibilityRevoked " + eventId + " lacks elderId or effectiveFrom");
            }
        }

        @Override
        public UUID elderId() {
            return data.elderId();
        }
    }

    private static void checkTerms(String type, UUID eventId, UUID elderId, String district, long amountFen,
            List<String> categories, LocalDate from) {
        if (elderId == null || district == null || !district.matches("\\d{6}") || amountFen < 0
                || categories == null || from == null) {
            throw new MalformedEventException(type + " " + eventId
                    + " lacks elderId, a 6-digit districtCode, a non-negative amount, categories or effectiveFrom");
        }
    }
}
