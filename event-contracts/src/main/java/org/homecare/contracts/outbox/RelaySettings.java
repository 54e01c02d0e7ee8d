package org.homecare.contracts.outbox;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "homecare.outbox")
public interface RelaySettings {

    /** Off only where a test drives its own relay. */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("500")
    int batchSize();

    /** How long the relay waits when the outbox is empty. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** Kafka transactional id; defaults to {@code outbox-relay-<application name>}. One relay per id runs at once. */
    Optional<String> transactionalId();
}
