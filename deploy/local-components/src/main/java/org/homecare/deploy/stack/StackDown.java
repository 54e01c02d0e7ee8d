package org.homecare.deploy.stack;

import org.homecare.deploy.ProcessTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Stops the services first (they hold connections to the rest), then Keycloak, Kafka and PostgreSQL. */
final class StackDown {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final StackFiles files;

    StackDown(StackFiles files) {
        this.files = files;
    }

    void run() {
        List<Thread> serviceStops = StackComponent.services().stream()
                .map(service -> new Thread(() -> stop(service), "stop-" + service.id()))
                .toList();
        serviceStops.forEach(Thread::start);
        serviceStops.forEach(StackDown::join);
        stop(StackComponent.KEYCLOAK);
        stop(StackComponent.KAFKA);
        stop(StackComponent.POSTGRES);
        stopOrphanedPostmaster();
    }

    private void stop(StackComponent component) {
        Optional<ProcessHandle> process = files.liveProcess(component);
        if (process.isPresent()) {
            long begin = System.nanoTime();
            ProcessTree.stop(process.get(), GRACE);
            System.out.printf("  %-20s stopped (pid %d) in %.1f s%n", component.id(), process.get().pid(),
                    (System.nanoTime() - begin) / 1e9);
        }
        files.forget(component);
    }

    /**
     * pg_ctl daemonizes the postmaster, so it is not a child of the PostgreSQL launcher process; normally the
     * launcher's shutdown hook stops it, but not if the launcher was killed.
     */
    private void stopOrphanedPostmaster() {
        Path pidFile = files.dataDir().resolve("postgres/postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(postmaster -> {
                        ProcessTree.stop(postmaster, GRACE);
                        System.out.printf("  %-20s stopped orphaned postmaster (pid %d)%n", "postgres", pid);
                    });
        } catch (IOException | RuntimeException e) {
            System.err.println("Cannot check " + pidFile + ": " + e.getMessage());
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
