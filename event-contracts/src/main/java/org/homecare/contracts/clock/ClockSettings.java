package org.homecare.contracts.clock;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "homecare.clock")
public interface ClockSettings {

    /** On in the dev and test profiles and on the local stack; off (the default) in prod. */
    @WithDefault("false")
    boolean adjustable();
}
