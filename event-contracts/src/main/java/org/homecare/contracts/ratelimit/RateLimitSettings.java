package org.homecare.contracts.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Writes per caller. The defaults leave room far above real use: the voucher load benchmark sends about 60 batches a
 * second from one provider client.
 */
@ConfigMapping(prefix = "homecare.rate-limit")
public interface RateLimitSettings {

    @WithDefault("true")
    boolean enabled();

    /** Sustained writes per second per caller. */
    @WithDefault("200")
    long requestsPerSecond();

    /** Writes a caller may send at once after a quiet spell. */
    @WithDefault("400")
    long burst();
}
