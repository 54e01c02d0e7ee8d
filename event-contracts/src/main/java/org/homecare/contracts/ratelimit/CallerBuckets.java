package org.homecare.contracts.ratelimit;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/** One token bucket per caller: {@code burst} at once, refilled at {@code requestsPerSecond}. */
public class CallerBuckets {

    /** Callers are users and clients of one realm; past this many, start afresh rather than grow without end. */
    static final int MAX_CALLERS = 10_000;

    private final long requestsPerSecond;
    private final long burst;
    private final TimeMeter time;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public CallerBuckets(long requestsPerSecond, long burst) {
        this(requestsPerSecond, burst, TimeMeter.SYSTEM_NANOTIME);
    }

    CallerBuckets(long requestsPerSecond, long burst, TimeMeter time) {
        if (requestsPerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("requests per second and burst must be at least 1");
        }
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.time = time;
    }

    /** 0 when the caller may go on, else the whole seconds to wait before the next request is let through. */
    public long take(String caller) {
        ConsumptionProbe probe = bucketOf(caller).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }

    private Bucket bucketOf(String caller) {
        Bucket bucket = buckets.get(caller);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= MAX_CALLERS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(caller, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(requestsPerSecond, Duration.ofSeconds(1))
                        .build())
                .withCustomTimePrecision(time)
                .build());
    }
}
