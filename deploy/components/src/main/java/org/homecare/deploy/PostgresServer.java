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
import java.util.Optional;
import java.util.regex.Pattern;

/** A real PostgreSQL server from the zonky embedded binaries, with the given databases created. */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, int port, Path dataDirectory) {
        this.postgres = postgres;
        this.port = port;
        this.dataDirectory = dataDirectory;
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
            PostgresServer server = new PostgresServer(postgres, port, dataDirectory);
            server.prepare(databases);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + "\n" + LogTail.of(logFile, 30), e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The running postmaster of this server, if it is still alive. */
    public Optional<ProcessHandle> postmaster() {
        return postmaster(dataDirectory);
    }

    /**
     * The postmaster serving a data directory: the pid on the first line of its {@code postmaster.pid}, if that
     * process is alive and is a {@code postgres} (a stale file after a kill -9 may name a recycled pid).
     * The embedded library starts it through {@code pg_ctl}, so it is no child of the JVM that asked for it.
     */
    public static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        return postmasterPid(dataDirectory).flatMap(ProcessHandle::of)
                .filter(ProcessTree::isRunning)
                .filter(process -> process.info().command().map(c -> c.endsWith("/postgres")).orElse(true));
    }

    /** The pid recorded in {@code <data directory>/postmaster.pid}, whether or not that process still runs. */
    public static Optional<Long> postmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return first.matches("\\d+") ? Optional.of(Long.parseLong(first)) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            // PostgreSQL rewrites the file while starting; a torn read counts as no postmaster yet.
            return Optional.empty();
        }
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
