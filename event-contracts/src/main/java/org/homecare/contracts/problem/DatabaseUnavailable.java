package org.homecare.contracts.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure to reach the database, wherever it sits in the cause chain (Hibernate and Narayana wrap it in
 * PersistenceException, TransactionException, RollbackException...). Such a request did nothing and may simply be sent
 * again: a 503 with Retry-After, not a 500 incident.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is told to wait: long enough for a pool to reconnect to a restarted database. */
    public static final int RETRY_AFTER_SECONDS = 5;

    // PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting up, in recovery), too many connections
    private static final java.util.Set<String> UNAVAILABLE_STATES = java.util.Set.of("57P01", "57P02", "57P03", "53300");

    /** Looks through causes, chained SQL exceptions and suppressed ones (a failed commit keeps its reason there). */
    public static boolean isCauseOf(Throwable failure) {
        return isCauseOf(failure, new IdentityHashMap<>());
    }

    private static boolean isCauseOf(Throwable failure, Map<Throwable, Boolean> seen) {
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isConnectionFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null
                    && isConnectionFailure(sql.getNextException())) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isCauseOf(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof java.net.ConnectException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            // SQLState class 08: connection exception (refused, broken, server gone)
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
            // Agroal, when no connection could be had in time, says so in a plain SQLException
            String message = sql.getMessage();
            return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    private DatabaseUnavailable() {
    }
}
