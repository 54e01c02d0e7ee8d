package org.homecare.deploy.stack;

import java.util.Optional;

/**
 * What runs of one component.
 *
 * @param pid   the component's real process: the postmaster for PostgreSQL, the broker JVM for Kafka
 * @param note  why it is counted as died or unhealthy, or which launcher runs it; empty if nothing to say
 */
record ComponentStatus(StackComponent component, State state, boolean healthy, Optional<Long> pid, int port,
                       String note) {

    enum State {
        /** Its process runs; {@link #healthy()} says whether it answers. */
        RUNNING,
        /** Started by the stack and not stopped by it, but its process (or a part of it) is gone. */
        DIED,
        /** Not started, or stopped by the stack. */
        STOPPED
    }

    boolean running() {
        return state == State.RUNNING;
    }

    boolean died() {
        return state == State.DIED;
    }

    /** The word {@code deploy/stack status} shows. */
    String label() {
        return switch (state) {
            case RUNNING -> healthy ? "healthy" : "running";
            case DIED -> "DIED";
            case STOPPED -> "stopped";
        };
    }
}
