package org.homecare.contracts.outage;

import java.time.Duration;

import org.homecare.contracts.problem.DatabaseUnavailable;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's unit of work until it succeeds or fails for a reason of its own: while the database is
 * unavailable ({@link DatabaseUnavailable}) the work is tried again after a growing pause, so an event is neither acknowledged
 * nor dead-lettered during an outage. The consumer's thread waits, which also holds back its partition.
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

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
