package org.homecare.contracts.outage;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means a dependency is unreachable (the database down, restarting or refusing connections) rather
 * than that the work itself is at fault. Such work is retried, never dead-lettered; a request answers 503.
 */
public final class Outage {

    // PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up, in recovery), too many connections
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private Outage() {
    }

    /** True if anything in the cause chain says the database (or a socket to it) is unavailable. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
        }
        // Agroal's pool reports a connection it could not get within its timeout without a SQL state.
        String message = sql.getMessage();
        return message != null && message.contains("Acquisition timeout");
    }
}
