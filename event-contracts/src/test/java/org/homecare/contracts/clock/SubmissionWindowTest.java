package org.homecare.contracts.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class SubmissionWindowTest {

    private final SubmissionWindow fiveDays = new SubmissionWindow(5);

    @Test
    void a_month_stays_open_until_midnight_at_the_end_of_the_fifth_of_the_next() {
        YearMonth december = YearMonth.of(2026, 12);
        assertThat(fiveDays.closesAt(december)).isEqualTo(shanghai(2027, 1, 6, 0, 0));
        assertThat(fiveDays.isOpen(december, shanghai(2027, 1, 5, 23, 59))).isTrue();
        assertThat(fiveDays.isOpen(december, shanghai(2027, 1, 6, 0, 0))).isFalse();
    }

    @Test
    void two_months_are_open_during_the_window_and_one_after_it() {
        assertThat(fiveDays.openPeriods(shanghai(2027, 1, 3, 12, 0)))
                .containsExactly(YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        assertThat(fiveDays.openPeriods(shanghai(2027, 1, 6, 0, 0))).containsExactly(YearMonth.of(2027, 1));
        assertThat(fiveDays.lastEnded(shanghai(2027, 1, 3, 12, 0))).isEqualTo(YearMonth.of(2026, 11));
        assertThat(fiveDays.lastEnded(shanghai(2027, 1, 6, 0, 0))).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void a_window_of_no_days_ends_with_the_month() {
        SubmissionWindow none = new SubmissionWindow(0);
        assertThat(none.closesAt(YearMonth.of(2026, 2))).isEqualTo(shanghai(2026, 3, 1, 0, 0));
        assertThat(none.openPeriods(shanghai(2026, 3, 1, 0, 0))).containsExactly(YearMonth.of(2026, 3));
        assertThatThrownBy(() -> new SubmissionWindow(28)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant shanghai(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BusinessClock.ZONE).toInstant();
    }
}
