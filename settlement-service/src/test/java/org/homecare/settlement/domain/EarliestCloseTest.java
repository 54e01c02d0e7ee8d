package org.homecare.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.homecare.contracts.clock.SubmissionWindow;
import org.homecare.settlement.domain.EarliestClose.Refusal;
import org.junit.jupiter.api.Test;

/** When a month may be closed, without Quarkus. */
class EarliestCloseTest {

    @Test
    void a_month_closes_once_its_submission_window_has_ended_and_not_a_moment_before() {
        EarliestClose november = EarliestClose.of("2026-11", new SubmissionWindow(5));
        // 24:00 on 5 December in Hefei
        assertThat(november.at()).isEqualTo(Instant.parse("2026-12-05T16:00:00Z"));
        assertThat(november.refusalAt(Instant.parse("2026-11-30T15:59:59Z"))).contains(Refusal.PERIOD_NOT_ENDED);
        assertThat(november.refusalAt(Instant.parse("2026-11-30T16:00:00Z")))
                .contains(Refusal.SUBMISSION_WINDOW_OPEN);
        assertThat(november.refusalAt(Instant.parse("2026-12-05T15:59:59.999999999Z")))
                .contains(Refusal.SUBMISSION_WINDOW_OPEN);
        assertThat(november.refusalAt(Instant.parse("2026-12-05T16:00:00Z"))).isEmpty();
        assertThat(november.refusalAt(Instant.parse("2027-03-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void a_window_of_0_days_closes_the_month_at_its_end() {
        EarliestClose november = EarliestClose.of("2026-11", new SubmissionWindow(0));
        assertThat(november.at()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(november.refusalAt(Instant.parse("2026-11-30T15:59:59.999Z"))).contains(Refusal.PERIOD_NOT_ENDED);
        assertThat(november.refusalAt(Instant.parse("2026-11-30T16:00:00Z"))).isEmpty();
    }

    @Test
    void december_closes_in_january_of_the_next_year_named_in_shanghai_time() {
        EarliestClose december = EarliestClose.of("2026-12", new SubmissionWindow(5));
        assertThat(december.at()).isEqualTo(Instant.parse("2027-01-05T16:00:00Z"));
        assertThat(december.localTime()).isEqualTo("2027-01-06 00:00 Asia/Shanghai");
        assertThat(december.windowDays()).isEqualTo(5);
    }
}
