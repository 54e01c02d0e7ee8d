package org.homecare.contracts.outage;

import java.time.Duration;

import org.homecare.contracts.problem.DatabaseUnavailable;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's unit of work until it succeeds or fails for a reason of its own: while the database is
 * unavailable ({@link DatabaseUnavailable}) the work is tried again after a growing pause, so an event is neither acknowledged
 * nor dead-lettered during an outage. The consumer's thread waits, which also holds back its partition. A failure
 * while the service is shutting down ({@link ApplicationStopping}) is no fault of the event either: the thread then
 * holds the event, unacknowledged, until the process ends, and Kafka delivers it again after the restart.
 */
public final class OutageRetry {

    private static final Logger LOG = Logger.getLogger(OutageRetry.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private OutageRetry() {
    }

    public static void run(String what, Runnable work) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                if (attempt > 1) {
                    LOG.infof("%s succeeded at attempt %d, after the outage", what, attempt);
                }
                return;
            } catch (RuntimeException failure) {
                if (ApplicationStopping.now()) {
                    holdUntilTheProcessEnds(what, failure);
                }
                if (!DatabaseUnavailable.isCauseOf(failure)) {
                    throw failure;
                }
                LOG.warnf("%s: the database is unavailable (%s); attempt %d, next in %d ms", what,
                        failure.getClass().getSimpleName(), attempt, pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Never returns: neither an acknowledgement nor a dead letter may follow a failure caused by the shutdown. */
    private static void holdUntilTheProcessEnds(String what, RuntimeException failure) {
        LOG.warnf("%s failed while the service is stopping (%s): left unacknowledged, to be delivered again after "
                + "the restart", what, failure.getClass().getSimpleName());
        while (true) {
            try {
                Thread.sleep(LONGEST_PAUSE.toMillis());
            } catch (InterruptedException e) {
                // the executor's shutdown interrupts its threads; the event must still not be acknowledged
                Thread.interrupted();
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
