package org.homecare.settlement.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A settlement period as written on the wire ({@code 2026-11}): a calendar month in Asia/Shanghai. */
public final class SettlementMonth {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private SettlementMonth() {
    }

    public static boolean isValid(String period) {
        return period != null && FORMAT.matcher(period).matches();
    }

    /** @throws IllegalArgumentException when the text is not a {@code yyyy-MM} month */
    public static YearMonth parse(String period) {
        if (!isValid(period)) {
            throw new IllegalArgumentException("period must be a month written yyyy-MM, e.g. 2026-11");
        }
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("period must be a month written yyyy-MM, e.g. 2026-11", e);
        }
    }

    public static String next(String period) {
        return parse(period).plusMonths(1).toString();
    }

    /** A period may be closed from the first day after its last day. */
    public static boolean hasEnded(String period, LocalDate today) {
        return today.isAfter(parse(period).atEndOfMonth());
    }
}
