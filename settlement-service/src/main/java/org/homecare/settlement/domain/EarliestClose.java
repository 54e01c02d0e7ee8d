package org.homecare.settlement.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.clock.SubmissionWindow;

/**
 * When a settlement month may be closed: once its submission window has ended ({@link SubmissionWindow#closesAt}),
 * so every log submitted in time is in the month's own statement and only what voucher-service sends later becomes
 * an adjustment. With a window of 0 days that is the first instant after the month.
 *
 * @param at the first instant at which the month may be closed
 */
public record EarliestClose(String period, int windowDays, Instant at) {

    /** Why a month may not be closed yet. */
    public enum Refusal {
        /** The month itself is not over. */
        PERIOD_NOT_ENDED,
        /** The month is over, but its logs may still be submitted. */
        SUBMISSION_WINDOW_OPEN
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static EarliestClose of(String period, SubmissionWindow window) {
        return new EarliestClose(period, window.days(), window.closesAt(SettlementMonth.parse(period)));
    }

    /** @return why the month may not be closed at {@code now}, or empty from {@link #at} on */
    public Optional<Refusal> refusalAt(Instant now) {
        if (!now.isBefore(at)) {
            return Optional.empty();
        }
        Instant monthEnd = SettlementMonth.parse(period).plusMonths(1).atDay(1).atStartOfDay(BusinessClock.ZONE)
                .toInstant();
        return Optional.of(now.isBefore(monthEnd) ? Refusal.PERIOD_NOT_ENDED : Refusal.SUBMISSION_WINDOW_OPEN);
    }

    /** {@link #at} as a person in Hefei reads it, e.g. {@code 2026-12-06 00:00 Asia/Shanghai}. */
    public String localTime() {
        return at.atZone(BusinessClock.ZONE).format(LOCAL) + " " + BusinessClock.ZONE.getId();
    }
}
