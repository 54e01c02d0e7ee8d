package org.homecare.deploy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends the PostgreSQL launcher when its postmaster dies (a kill -9, a crash), so the launcher never outlives the
 * server and the stack sees the component as gone. A daemon thread polls the postmaster's pid; a normal shutdown
 * (SIGTERM to the launcher) disarms it first, because then the launcher itself stops the postmaster.
 */
public final class PostmasterWatchdog {

    public static final int EXIT_POSTMASTER_DIED = 3;

    private final ProcessHandle postmaster;
    private final Duration interval;
    private final AtomicBoolean armed = new AtomicBoolean(true);

    private PostmasterWatchdog(ProcessHandle postmaster, Duration interval) {
        this.postmaster = postmaster;
        this.interval = interval;
    }

    public static PostmasterWatchdog watch(PostgresServer server, Duration interval) {
        ProcessHandle postmaster = server.postmaster().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL on port " + server.port() + " runs, but no live postmaster is named in "
                        + server.dataDirectory().resolve("postmaster.pid")));
        PostmasterWatchdog watchdog = new PostmasterWatchdog(postmaster, interval);
        Runtime.getRuntime().addShutdownHook(new Thread(watchdog::disarm, "postmaster-watchdog-disarm"));
        Thread thread = new Thread(watchdog::run, "postmaster-watchdog");
        thread.setDaemon(true);
        thread.start();
        return watchdog;
    }

    public long postmasterPid() {
        return postmaster.pid();
    }

    public void disarm() {
        armed.set(false);
    }

    private void run() {
        // onExit() of a non-child is itself a polling thread in the JDK; a plain loop keeps the interval explicit.
        while (armed.get()) {
            if (!ProcessTree.isRunning(postmaster)) {
                if (armed.get()) {
                    System.err.println("PostgreSQL postmaster (pid " + postmaster.pid()
                            + ") is gone; the launcher exits so the stack sees PostgreSQL as died");
                    System.exit(EXIT_POSTMASTER_DIED);
                }
                return;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
