package org.homecare.contracts.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void recognises_sql_state_class_08_deep_in_the_cause_chain() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        Exception wrapped = new RuntimeException("transaction failed",
                new PersistenceException("could not prepare", refused));
        assertThat(DatabaseUnavailable.isCauseOf(wrapped)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("I/O error", "08006"))).isTrue();
    }

    @Test
    void recognises_hibernate_connection_failures_and_agroal_timeouts() {
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(
                new JDBCConnectionException("unable to obtain connection", new SQLException("x"))))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(
                new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLTransientConnectionException("pool closed"))).isTrue();
    }

    @Test
    void recognises_a_commit_that_failed_because_the_postmaster_died() {
        // Narayana's RollbackException keeps the driver's reason only as a suppressed XAException's cause
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01"));
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException("Error invoking subclass method", rollback)))
                .isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void leaves_every_other_failure_unexpected() {
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(new ConstraintViolationException(
                "duplicate", new SQLException("duplicate key", "23505"), "uk")))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("deadlock detected", "40P01"))).isFalse();
    }

    @Test
    void survives_a_cause_chain_that_loops() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseUnavailable.isCauseOf(a)).isFalse();
    }
}
