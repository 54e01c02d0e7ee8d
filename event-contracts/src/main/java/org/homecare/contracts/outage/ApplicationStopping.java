package org.homecare.contracts.outage;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Whether the service is shutting down. Once it is, a consumer's work fails because the database pool or the
 * persistence unit is being closed, not because of the event: such a failure must neither dead-letter the event nor
 * acknowledge it ({@link OutageRetry} holds it back, and Kafka delivers it again after the restart).
 */
@ApplicationScoped
public class ApplicationStopping {

    private static volatile boolean stopping;

    void started(@Observes StartupEvent event) {
        stopping = false;
    }

    /** Observed before the persistence unit and the Kafka connector are closed. */
    void stopping(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    public static boolean now() {
        return stopping;
    }

    static void set(boolean value) {
        stopping = value;
    }
}
