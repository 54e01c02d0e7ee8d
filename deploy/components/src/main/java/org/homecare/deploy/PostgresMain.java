package org.homecare.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Runs PostgreSQL for the local stack as its own process until it receives SIGTERM
 * (zonky's shutdown hook then stops the postmaster), or until the postmaster dies ({@link PostmasterWatchdog}).
 * Arguments: {@code <port> <data directory> <log file> <database>...}.
 */
public final class PostgresMain {

    private static final Duration WATCH_INTERVAL = Duration.ofMillis(500);

    private PostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: PostgresMain <port> <data directory> <log file> <database>...");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDirectory = Path.of(args[1]);
        Path logFile = Path.of(args[2]);
        List<String> databases = Arrays.asList(args).subList(3, args.length);

        PostgresServer server = PostgresServer.start(port, dataDirectory, true, logFile, databases);
        PostmasterWatchdog watchdog = PostmasterWatchdog.watch(server, WATCH_INTERVAL);
        System.out.println("PostgreSQL " + Versions.postgres() + " ready on port " + port + ", databases " + databases
                + ", postmaster pid " + watchdog.postmasterPid());
        Thread.currentThread().join();
    }
}
