package org.homecare.deploy.stack;

import org.homecare.deploy.KeycloakServer;
import org.homecare.deploy.PostgresServer;
import org.homecare.deploy.ProcessTree;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops components: SIGTERM, then SIGKILL after a grace period. {@link #run()} stops the services first (they hold
 * connections to the rest), then Keycloak, Kafka and PostgreSQL. Stopping a component also clears what a died one
 * leaves behind: its pid file, an orphaned postmaster, a JVM that outlived the script that started it.
 */
final class StackDown {

    static final Duration GRACE = Duration.ofSeconds(30);

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
    }

    /** Stops the component if it runs and removes its records; afterwards nothing of it runs. */
    void stop(StackComponent component) {
        Optional<ProcessHandle> process = files.liveProcess(component);
        if (process.isPresent()) {
            long begin = System.nanoTime();
            ProcessTree.stop(process.get(), GRACE);
            System.out.printf("  %-20s stopped (pid %d) in %.1f s%n", component.id(), process.get().pid(),
                    (System.nanoTime() - begin) / 1e9);
        }
        if (component == StackComponent.POSTGRES) {
            stopOrphanedPostmaster();
        }
        for (ProcessHandle leftover : leftovers(component)) {
            ProcessTree.stop(leftover, GRACE);
            System.out.printf("  %-20s stopped a leftover process (pid %d)%n", component.id(), leftover.pid());
        }
        files.forget(component);
    }

    /**
     * pg_ctl daemonizes the postmaster, so it is not a child of the PostgreSQL launcher process; normally the
     * launcher's shutdown hook stops it, but not if the launcher was killed. SIGINT is PostgreSQL's fast shutdown
     * (SIGTERM would wait for every client, the services' pools, to disconnect).
     */
    private void stopOrphanedPostmaster() {
        Optional<ProcessHandle> postmaster = PostgresServer.postmaster(files.postgresDataDir());
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
            process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | ExecutionException | TimeoutException e) {
            // ProcessTree below escalates.
        }
        if (process.isAlive()) {
            ProcessTree.stop(process, Duration.ofSeconds(5));
        }
        System.out.printf("  %-20s stopped orphaned postmaster (pid %d)%n", "postgres", process.pid());
    }

    /**
     * Processes of this checkout's component that the pid file does not name: Keycloak's JVM when its kc.sh was
     * killed, a broker or a service started from here whose pid file was lost. Matched by a path only this checkout
     * uses, so another checkout's stack is never touched.
     */
    private List<ProcessHandle> leftovers(StackComponent component) {
        List<String> markers = switch (component) {
            case POSTGRES -> List.of();
            case KAFKA -> List.of(files.kafkaDir().resolve("server.properties").toString());
            case KEYCLOAK -> List.of(KeycloakServer.installationDirectory(StackUp.KEYCLOAK_INSTANCE).toString());
            // The end-to-end test runs the same jars, without the stack's marker.
            default -> List.of(component.jvmMarkerOption(), files.serviceJar(component).toString());
        };
        if (markers.isEmpty()) {
            return List.of();
        }
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(c -> markers.stream().allMatch(c::contains)).orElse(false))
                .toList();
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
