package org.homecare.voucher.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** How much a newly opened account gets for the month it opens in. */
public final class MonthlyCredit {

    public enum FirstMonth {
        /** the whole monthly amount, whatever the day of opening */
        FULL,
        /** the share of the days from opening to month end, rounded down to the fen */
        PRO_RATA
    }

    private MonthlyCredit() {
    }

    public static long firstMonth(FirstMonth rule, long monthlyAmountFen, LocalDate from, YearMonth period) {
        if (rule == FirstMonth.FULL || !YearMonth.from(from).equals(period)) {
            return monthlyAmountFen;
        }
        int days = period.lengthOfMonth();
        int remaining = days - from.getDayOfMonth() + 1;
        return Math.multiplyExact(monthlyAmountFen, (long) remaining) / days;
    }
}
