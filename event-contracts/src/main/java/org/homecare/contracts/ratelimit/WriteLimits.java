package org.homecare.contracts.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The configured limits and the callers' buckets. A bean of its own, created on the first write: the REST filter
 * that uses it is built before runtime configuration can be read.
 */
@ApplicationScoped
public class WriteLimits {

    private final RateLimitSettings settings;
    private final CallerBuckets buckets;

    public WriteLimits(RateLimitSettings settings) {
        this.settings = settings;
        this.buckets = new CallerBuckets(settings.requestsPerSecond(), settings.burst());
    }

    public boolean enabled() {
        return settings.enabled();
    }

    public long requestsPerSecond() {
        return settings.requestsPerSecond();
    }

    /** 0 when the caller may go on, else the whole seconds it should wait. */
    public long take(String caller) {
        return buckets.take(caller);
    }
}
