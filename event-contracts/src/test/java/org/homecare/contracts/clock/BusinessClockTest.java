package org.homecare.contracts.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class BusinessClockTest {

    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2026-11-30T15:59:00Z"), ZoneOffset.UTC);

    @Test
    void today_and_period_are_those_of_shanghai_not_of_utc() {
        BusinessClock clock = new BusinessClock(Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), ZoneOffset.UTC),
                false);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(clock.currentPeriod()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void moves_forward_when_adjustable() {
        BusinessClock clock = new BusinessClock(SYSTEM, true);
        clock.moveTo(Instant.parse("2026-12-02T01:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-02T01:00:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void refuses_to_move_backwards() {
        BusinessClock clock = new BusinessClock(SYSTEM, true);
        clock.moveTo(Instant.parse("2026-12-02T01:00:00Z"));
        assertThatThrownBy(() -> clock.moveTo(Instant.parse("2026-12-01T01:00:00Z")))
                .isInstanceOf(ClockMovedBackwardsException.class);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-02T01:00:00Z"));
    }

    @Test
    void refuses_to_move_when_fixed_to_the_system_clock() {
        BusinessClock clock = new BusinessClock(SYSTEM, false);
        assertThatThrownBy(() -> clock.moveTo(Instant.parse("2026-12-02T01:00:00Z")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(clock.instant()).isEqualTo(SYSTEM.instant());
    }
}
