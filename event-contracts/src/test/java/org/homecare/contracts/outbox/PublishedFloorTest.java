package org.homecare.contracts.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PublishedFloorTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final PublishedFloor floor = new PublishedFloor(Duration.ofSeconds(10));

    @Test
    void rises_over_consecutive_published_seqs() {
        floor.published(1);
        floor.published(2);
        floor.published(3);
        assertThat(floor.value(0)).isEqualTo(3);
    }

    @Test
    void waits_at_a_gap_until_the_missing_seq_is_published() {
        floor.published(1);
        floor.published(3);
        floor.published(4);
        assertThat(floor.value(0)).isEqualTo(1);
        assertThat(floor.value(9 * SECOND)).as("within the patience").isEqualTo(1);
        floor.published(2);
        assertThat(floor.value(9 * SECOND)).isEqualTo(4);
    }

    @Test
    void passes_a_gap_after_the_patience() {
        floor.published(1);
        floor.published(5);
        floor.published(6);
        assertThat(floor.value(0)).isEqualTo(1);
        assertThat(floor.value(10 * SECOND)).isEqualTo(6);
    }

    @Test
    void gives_each_new_gap_its_own_patience() {
        floor.published(1);
        floor.published(3);
        floor.published(6);
        assertThat(floor.value(0)).isEqualTo(1);
        assertThat(floor.value(10 * SECOND)).as("first gap passed, stops at the next").isEqualTo(3);
        assertThat(floor.value(15 * SECOND)).as("its patience starts when the floor first waits there").isEqualTo(3);
        assertThat(floor.value(24 * SECOND)).isEqualTo(3);
        assertThat(floor.value(25 * SECOND)).isEqualTo(6);
    }

    @Test
    void ignores_seqs_below_it_found_by_a_sweep() {
        floor.published(1);
        floor.published(2);
        floor.published(1);
        assertThat(floor.value(0)).isEqualTo(2);
        floor.published(3);
        assertThat(floor.value(0)).isEqualTo(3);
    }

    @Test
    void starts_from_zero_and_passes_the_seqs_used_before_it_started() {
        floor.published(7_000_001);
        assertThat(floor.value(0)).isZero();
        assertThat(floor.value(10 * SECOND)).isEqualTo(7_000_001);
    }
}
