package org.homecare.voucher.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.homecare.contracts.geo.Geohash;

/**
 * The visit verification of an otherwise acceptable log (docs/domain.md, "Visit exceptions"): where it was logged
 * against the elder's home cell, how long it lasted against the item's catalogue rules, and whether its SMS code
 * matched. A failure does not reject the log: it holds it until the provider explains. Plain Java.
 */
public final class VisitCheck {

    /** One failed check and what the provider is told about it. */
    public record Finding(VisitExceptionCode code, String detail) {
    }

    /** What the batch found about a log's SMS code; {@code NOT_ASKED} for other confirmations. */
    public record CodeMatch(boolean asked, boolean verified, String detail) {
        public static final CodeMatch NOT_ASKED = new CodeMatch(false, false, null);

        public static CodeMatch matched() {
            return new CodeMatch(true, true, null);
        }

        public static CodeMatch failed(String detail) {
            return new CodeMatch(true, false, detail);
        }
    }

    private final double toleranceMetres;

    public VisitCheck(double toleranceMetres) {
        this.toleranceMetres = toleranceMetres;
    }

    public List<Finding> check(ServiceLog.Submitted log, String homeCell, ContractTerms.Rate rate, CodeMatch code) {
        List<Finding> findings = new ArrayList<>(1);
        location(log, homeCell).ifPresent(findings::add);
        duration(log, rate).ifPresent(findings::add);
        if (code.asked() && !code.verified()) {
            findings.add(new Finding(VisitExceptionCode.CONFIRMATION_FAILED, code.detail()));
        }
        return findings;
    }

    private Optional<Finding> location(ServiceLog.Submitted log, String homeCell) {
        if (homeCell == null) {
            return Optional.empty();
        }
        if (log.latitude() == null || log.longitude() == null) {
            return Optional.of(new Finding(VisitExceptionCode.LOCATION_MISMATCH,
                    "logged without a location; the elder's home is known"));
        }
        double metres = Geohash.center(homeCell).metresTo(new Geohash.Point(log.latitude(), log.longitude()));
        if (metres <= toleranceMetres) {
            return Optional.empty();
        }
        return Optional.of(new Finding(VisitExceptionCode.LOCATION_MISMATCH, String.format(
                "logged %,.0f m from the elder's home cell; the tolerance is %,.0f m", metres, toleranceMetres)));
    }

    private static Optional<Finding> duration(ServiceLog.Submitted log, ContractTerms.Rate rate) {
        long minutes = Duration.between(log.startTime(), log.endTime()).toMinutes();
        if (rate.minMinutes() != null && minutes < rate.minMinutes()) {
            return Optional.of(new Finding(VisitExceptionCode.DURATION_SHORT, String.format(
                    "a visit of %d min; %s needs at least %d min", minutes, log.itemCode(), rate.minMinutes())));
        }
        if ("HOUR".equals(rate.unit()) && rate.unitRounding() != null) {
            long hours = rate.unitRounding().hours(minutes);
            if (log.units() > hours) {
                return Optional.of(new Finding(VisitExceptionCode.DURATION_SHORT, String.format(
                        "%d hours billed for a visit of %d min (%d rounded %s)", log.units(), minutes, hours,
                        rate.unitRounding())));
            }
        }
        return Optional.empty();
    }
}
