package org.homecare.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process and everything it started: SIGTERM to all, wait, then SIGKILL what is left. */
public final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Alive and not a zombie. A killed process stays in the process table until its parent reaps it, and for a
     * daemonized one (the postmaster) that parent is init, which may take its time; the JDK counts it as alive.
     */
    public static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            // The state follows the command name in parentheses, which may itself contain ") ".
            int afterName = stat.lastIndexOf(')');
            char state = afterName > 0 && afterName + 2 < stat.length() ? stat.charAt(afterName + 2) : 'R';
            return state != 'Z' && state != 'X';
        } catch (IOException | UncheckedIOException e) {
            return process.isAlive();
        }
    }

    public static void stop(ProcessHandle root, Duration grace) {
        // Snapshot first: once a parent (e.g. the kc.sh shell) dies, its children are re-parented and lost.
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : all) {
            awaitExit(process, Math.max(0, deadline - System.nanoTime()));
        }
        for (ProcessHandle process : all) {
            if (process.isAlive()) {
                process.destroyForcibly();
                awaitExit(process, TimeUnit.SECONDS.toNanos(10));
            }
        }
    }

    private static void awaitExit(ProcessHandle process, long nanos) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException ignored) {
            // The caller escalates to SIGKILL.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
