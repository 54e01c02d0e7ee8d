package org.homecare.contracts.outbox;

import java.sql.DriverManager;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Runs the service's {@link OutboxRelay} from start-up to shutdown. */
@ApplicationScoped
public class OutboxRelayLifecycle {

    private final OutboxRelay relay;
    private final boolean enabled;

    public OutboxRelayLifecycle(RelaySettings settings,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        String transactionalId = settings.transactionalId().orElse("outbox-relay-" + applicationName);
        this.enabled = settings.enabled();
        // its own connection, not a pooled one: the advisory lock that makes it the only relay lives with it
        this.relay = new OutboxRelay(() -> DriverManager.getConnection(jdbcUrl, username, password),
                () -> KafkaRelayClients.producer(bootstrapServers, transactionalId),
                () -> KafkaRelayClients.recoveryReader(bootstrapServers),
                transactionalId, settings.batchSize(), settings.pollInterval(), ids -> {
                });
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            relay.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        relay.stop();
    }

    public boolean isRunning() {
        return relay.isRunning();
    }
}
