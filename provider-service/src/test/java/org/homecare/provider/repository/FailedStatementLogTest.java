package org.homecare.provider.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a failed statement says about itself ends up in the log (Hibernate's SqlExceptionHelper, the problem mapper's
 * incident line): with the service's datasource it names the constraint, never the row's values.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class FailedStatementLogTest {

    private static final String SECRET = "person-key-5f1c9e0a";

    @Inject
    DataSource dataSource;

    @Test
    void a_constraint_violation_does_not_carry_the_row_values() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            createTable(connection);
            insert(connection, SECRET);
            assertThatThrownBy(() -> insert(connection, SECRET))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertCarriesNoValue(e));
        }
    }

    @Test
    void a_failed_batch_does_not_carry_the_row_values() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            createTable(connection);
            try (PreparedStatement insert = connection.prepareStatement("insert into leak_probe (v) values (?)")) {
                for (int i = 0; i < 2; i++) {
                    insert.setString(1, SECRET + "-batch");
                    insert.addBatch();
                }
                assertThatThrownBy(insert::executeBatch)
                        .isInstanceOfSatisfying(BatchUpdateException.class, e -> assertCarriesNoValue(e));
            }
        }
    }

    private static void assertCarriesNoValue(SQLException failure) {
        assertThat(failure.getSQLState()).isEqualTo("23505");
        List<String> texts = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            texts.add(t.getMessage());
            texts.add(t.toString());
        }
        for (SQLException next = failure.getNextException(); next != null; next = next.getNextException()) {
            texts.add(next.getMessage());
            texts.add(next.toString());
        }
        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(SECRET));
    }

    private static void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table if not exists leak_probe (v text primary key)");
            statement.execute("truncate leak_probe");
        }
    }

    private static void insert(Connection connection, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into leak_probe (v) values (?)")) {
            insert.setString(1, value);
            insert.executeUpdate();
        }
    }
}
