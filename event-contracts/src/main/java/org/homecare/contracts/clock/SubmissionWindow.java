package org.homecare.contracts.clock;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a month stays open for its service logs: until 24:00 (Asia/Shanghai) on day {@code days} of the next
 * month. Until then a log of the month may be submitted or corrected and the month's credit is spent by its own logs;
 * when it ends the month's leftover expires (or carries over) and settlement may close the month. Voucher-service
 * and settlement-service read the same setting, so the two never disagree about when a month ends.
 */
public record SubmissionWindow(int days) {

    public SubmissionWindow {
        if (days < 0 || days > 27) {
            throw new IllegalArgumentException("a submission window is 0 to 27 days into the next month: " + days);
        }
    }

    /** The first instant at which no log of the period may be submitted any more. */
    public Instant closesAt(YearMonth period) {
        return period.plusMonths(1).atDay(1).plusDays(days).atStartOfDay(BusinessClock.ZONE).toInstant();
    }

    public boolean isOpen(YearMonth period, Instant now) {
        return now.isBefore(closesAt(period));
    }

    /** The months whose logs may be submitted at {@code now}: the current one, and the previous while its window runs. */
    public List<YearMonth> openPeriods(Instant now) {
        YearMonth current = YearMonth.from(now.atZone(BusinessClock.ZONE));
        List<YearMonth> open = new ArrayList<>(2);
        if (isOpen(current.minusMonths(1), now)) {
            open.add(current.minusMonths(1));
        }
        open.add(current);
        return open;
    }

    /** The latest month whose window has ended at {@code now}. */
    public YearMonth lastEnded(Instant now) {
        YearMonth current = YearMonth.from(now.atZone(BusinessClock.ZONE));
        return isOpen(current.minusMonths(1), now) ? current.minusMonths(2) : current.minusMonths(1);
    }
}
