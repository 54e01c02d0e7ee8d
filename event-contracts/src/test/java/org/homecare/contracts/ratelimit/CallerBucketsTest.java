package org.homecare.contracts.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

class CallerBucketsTest {

    private long nanos;
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    @Test
    void lets_a_burst_through_then_answers_the_seconds_to_wait() {
        CallerBuckets buckets = new CallerBuckets(1, 3, clock);
        assertThat(buckets.take("provider:A")).isZero();
        assertThat(buckets.take("provider:A")).isZero();
        assertThat(buckets.take("provider:A")).isZero();
        assertThat(buckets.take("provider:A")).isEqualTo(1);
    }

    @Test
    void refills_at_the_configured_rate() {
        CallerBuckets buckets = new CallerBuckets(2, 2, clock);
        buckets.take("c");
        buckets.take("c");
        assertThat(buckets.take("c")).isEqualTo(1);
        nanos += TimeUnit.MILLISECONDS.toNanos(500);
        assertThat(buckets.take("c")).isZero();
        assertThat(buckets.take("c")).isEqualTo(1);
    }

    @Test
    void rounds_a_long_wait_up_to_whole_seconds() {
        CallerBuckets buckets = new CallerBuckets(1, 1, clock);
        buckets.take("c");
        nanos += TimeUnit.MILLISECONDS.toNanos(10);
        assertThat(buckets.take("c")).isEqualTo(1);
    }

    @Test
    void each_caller_has_its_own_bucket() {
        CallerBuckets buckets = new CallerBuckets(1, 1, clock);
        assertThat(buckets.take("provider:A")).isZero();
        assertThat(buckets.take("provider:A")).isEqualTo(1);
        assertThat(buckets.take("provider:B")).isZero();
    }

    @Test
    void the_defaults_never_throttle_sixty_batches_a_second() {
        CallerBuckets buckets = new CallerBuckets(200, 400, clock);
        for (int second = 0; second < 60; second++) {
            for (int i = 0; i < 60; i++) {
                assertThat(buckets.take("provider:A")).isZero();
                nanos += TimeUnit.MILLISECONDS.toNanos(1000) / 60;
            }
        }
    }
}
