package org.homecare.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** A real PostgreSQL server from the zonky embedded binaries, with the given databases created. */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * @param keepData reuse an existing data directory (local stack) instead of running initdb afresh (tests)
     */
    public static PostgresServer start(int port, Path dataDirectory, boolean keepData, Path logFile,
                                       List<String> databases) {
        databases.forEach(PostgresServer::requireValidName);
        try {
            Files.createDirectories(dataDirectory.getParent());
            Files.createDirectories(logFile.getParent());
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("max_connections", "300")
                    // Durable: the embedded library puts -F (fsync off) and synchronous_commit=off on the server's
                    // command line, which outranks postgresql.conf and ALTER SYSTEM; these later -c options win.
                    // A committed transaction (a 201) then survives a kill -9 of the postmaster or of the machine.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // PostgreSQL's defaults (128 MB buffers, a checkpoint per GB of WAL) are sized for a small
                    // machine; with these, bulk loads and month-sized tables do not spend their time re-writing full
                    // pages after every checkpoint. Memory is only used as the data grows.
                    .setServerConfig("shared_buffers", "1GB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            PostgresServer server = new PostgresServer(postgres, port);
            server.prepare(databases);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + "\n" + LogTail.of(logFile, 30), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** True once a client can log in to every given database. */
    public static boolean accepts(int port, List<String> databases) {
        for (String database : databases) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl(port, database), USER, PASSWORD)) {
                // connected
            } catch (SQLException notYet) {
                return false;
            }
        }
        return true;
    }

    private void prepare(List<String> databases) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            // zonky's initdb trusts local connections; a password still lets clients that insist on one log in.
            statement.execute("ALTER USER " + USER + " PASSWORD '" + PASSWORD + "'");
            for (String database : databases) {
                if (!exists(connection, database)) {
                    statement.execute("CREATE DATABASE \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare PostgreSQL databases " + databases, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void requireValidName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL on port " + port + " did not stop cleanly", e);
        }
    }
}
