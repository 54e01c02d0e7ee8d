package org.homecare.deploy;

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
