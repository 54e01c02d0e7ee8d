package org.homecare.voucher.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.geo.Geohash;

/**
 * An eligibility.v1 event the voucher accounts apply, checked complete when made: one an account cannot be kept with
 * throws {@link MalformedEventException} before anything is written, so it is dead-lettered alone.
 */
public sealed interface EligibilityEvent {

    UUID eventId();

    UUID elderId();

    /** What a grant or a change says about the account, as the account applies it. */
    record Terms(String districtCode, long monthlyAmountFen, List<String> categories, LocalDate effectiveFrom,
            String elderName, String homeCell, String contactPhone) {
    }

    record Granted(UUID eventId, EligibilityGranted data) implements EligibilityEvent {
        public Granted {
            checkTerms("EligibilityGranted", eventId, data.elderId(), data.districtCode(), data.monthlyAmountFen(),
                    data.categories(), data.effectiveFrom(), data.homeCell());
        }

        public Terms terms() {
            return new Terms(data.districtCode(), data.monthlyAmountFen(), data.categories(), data.effectiveFrom(),
                    data.elderNameMasked(), data.homeCell(), data.contactPhone());
        }

        @Override
        public UUID elderId() {
            return data.elderId();
        }
    }

    record Changed(UUID eventId, EligibilityChanged data) implements EligibilityEvent {
        public Changed {
            checkTerms("EligibilityChanged", eventId, data.elderId(), data.districtCode(), data.monthlyAmountFen(),
                    data.categories(), data.effectiveFrom(), data.homeCell());
        }

        public Terms terms() {
            return new Terms(data.districtCode(), data.monthlyAmountFen(), data.categories(), data.effectiveFrom(),
                    data.elderNameMasked(), data.homeCell(), data.contactPhone());
        }

        @Override
        public UUID elderId() {
            return data.elderId();
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
            List<String> categories, LocalDate from, String homeCell) {
        if (elderId == null || district == null || !district.matches("\\d{6}") || amountFen < 0
                || categories == null || from == null) {
            throw new MalformedEventException(type + " " + eventId
                    + " lacks elderId, a 6-digit districtCode, a non-negative amount, categories or effectiveFrom");
        }
        if (homeCell != null && !Geohash.isValid(homeCell)) {
            throw new MalformedEventException(type + " " + eventId + " has a homeCell that is not a geohash");
        }
    }
}
