package org.homecare.deploy.stack;

import org.homecare.deploy.Ports;
import org.homecare.deploy.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stack's PostgreSQL (its launcher, {@code PostgresMain}, as a detached process) in a temporary directory. */
class PostgresRecoveryTest {

    @TempDir
    Path directory;
    StackFiles files;
    int port;

    @BeforeEach
    void startPostgres() {
        files = new StackFiles(directory, directory.resolve(".local"));
        port = Ports.freePort();
        new ComponentLauncher(files).start(StackComponent.POSTGRES, new StackPorts.Assigned(port, 0));
    }

    @AfterEach
    void stopPostgres() {
        new StackDown(files).stop(StackComponent.POSTGRES);
    }

    @Test
    void status_reports_postgres_healthy_with_the_postmaster_pid() {
        ComponentStatus status = probe();

        assertEquals(ComponentStatus.State.RUNNING, status.state());
        assertTrue(status.healthy());
        assertEquals(PostgresServer.postmasterPid(files.postgresDataDir()), status.pid());
        assertEquals(port, status.port());
    }

    @Test
    void status_reports_postgres_died_when_the_postmaster_is_killed() {
        killPostmaster();

        ComponentStatus status = probe();
        assertEquals(ComponentStatus.State.DIED, status.state(), status.note());
        assertEquals("DIED", status.label());
    }

    @Test
    void the_launcher_exits_when_its_postmaster_is_killed() {
        ProcessHandle launcher = files.liveProcess(StackComponent.POSTGRES).orElseThrow();

        killPostmaster();

        assertTrue(eventually(Duration.ofSeconds(15), () -> !launcher.isAlive()),
                "the launcher (pid " + launcher.pid() + ") outlived its postmaster");
        assertEquals(ComponentStatus.State.DIED, probe().state());
    }

    @Test
    void restart_brings_postgres_back_on_its_port_with_the_committed_data() throws SQLException {
        execute("CREATE TABLE acknowledged (id int PRIMARY KEY)", "INSERT INTO acknowledged VALUES (1), (2), (3)");
        killPostmaster();

        int exit = new StackRestart(files).restart(StackComponent.POSTGRES);

        assertEquals(0, exit);
        ComponentStatus status = probe();
        assertTrue(status.running() && status.healthy(), status.toString());
        assertEquals(port, status.port());
        try (Connection connection = connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM acknowledged")) {
            rows.next();
            assertEquals(3, rows.getInt(1));
        }
    }

    @Test
    void down_stops_an_orphaned_postmaster_whose_launcher_was_killed() {
        ProcessHandle postmaster = PostgresServer.postmaster(files.postgresDataDir()).orElseThrow();
        files.liveProcess(StackComponent.POSTGRES).orElseThrow().destroyForcibly();
        assertTrue(eventually(Duration.ofSeconds(10), () -> files.liveProcess(StackComponent.POSTGRES).isEmpty()));
        assertEquals(ComponentStatus.State.DIED, probe().state());

        new StackDown(files).stop(StackComponent.POSTGRES);

        assertTrue(eventually(Duration.ofSeconds(10), () -> !postmaster.isAlive()));
        assertEquals(ComponentStatus.State.STOPPED, probe().state());
    }

    private ComponentStatus probe() {
        return new ComponentProbe(files).inspect(StackComponent.POSTGRES);
    }

    private void killPostmaster() {
        ProcessHandle postmaster = PostgresServer.postmaster(files.postgresDataDir()).orElseThrow();
        postmaster.destroyForcibly();
        assertTrue(eventually(Duration.ofSeconds(10), () -> !postmaster.isAlive()));
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(PostgresServer.jdbcUrl(port, "voucher"), PostgresServer.USER,
                PostgresServer.PASSWORD);
    }

    static boolean eventually(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
