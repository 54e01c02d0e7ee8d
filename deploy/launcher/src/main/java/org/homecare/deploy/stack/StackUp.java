package org.homecare.deploy.stack;

import org.homecare.deploy.Ports;
import org.homecare.deploy.Versions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts what is missing of the stack, all as detached processes: first PostgreSQL, Kafka and Keycloak in parallel,
 * then the services. What runs is left alone; what died is cleared away and started again.
 */
final class StackUp {

    static final String KEYCLOAK_INSTANCE = "stack";

    /** Exit code of {@link #preflight()} when everything asked for already runs. */
    static final int ALREADY_RUNNING = 10;

    private final StackFiles files;
    private final List<StackComponent> services;
    private final ComponentProbe probe;
    // Not the common pool: on a 2-core machine it has a single thread and would start the components one by one.
    private final ExecutorService starter = Executors.newCachedThreadPool();
    private List<StackComponent> missing = List.of();

    StackUp(StackFiles files, List<StackComponent> services) {
        this.files = files;
        this.services = services;
        this.probe = new ComponentProbe(files);
    }

    /**
     * Decides what to start, clears what died components left behind, and checks that their ports are free, before
     * the script spends time building.
     * @return 0 to go ahead, {@link #ALREADY_RUNNING}, or 1 after printing the problems
     */
    int preflight() {
        missing = missing();
        if (missing.isEmpty()) {
            System.out.println("The local stack is already running (deploy/stack status shows it).");
            return ALREADY_RUNNING;
        }
        List<String> takenPorts = takenPorts(missing);
        takenPorts.forEach(System.err::println);
        return takenPorts.isEmpty() ? 0 : 1;
    }

    /** @return the process exit code */
    int run() {
        int preflight = preflight();
        if (preflight != 0) {
            return preflight == ALREADY_RUNNING ? 0 : preflight;
        }
        List<String> missingJars = missing.stream().filter(StackComponent::isService)
                .filter(service -> !files.serviceJar(service).toFile().isFile())
                .map(service -> files.display(files.serviceJar(service)) + " is missing; build it with ./mvnw -DskipTests install")
                .toList();
        if (!missingJars.isEmpty()) {
            missingJars.forEach(System.err::println);
            return 1;
        }
        try {
            start(missing.stream().filter(c -> !c.isService()).toList());
            start(missing.stream().filter(StackComponent::isService).toList());
        } catch (RuntimeException e) {
            System.err.println("\nThe local stack did not start: " + rootMessage(e));
            System.err.println("Stopping what this run started...");
            StackDown down = new StackDown(files);
            List<StackComponent> startedLast = new ArrayList<>(missing);
            Collections.reverse(startedLast);
            startedLast.forEach(down::stop);
            return 1;
        } finally {
            starter.shutdown();
        }
        new StackSummary(files, services).print();
        return 0;
    }

    /**
     * The wanted components that do not run, after clearing what the died ones left behind (a launcher whose
     * postmaster is gone, a stale pid file), so that their ports are free again if only they held them.
     */
    private List<StackComponent> missing() {
        List<StackComponent> wanted = new ArrayList<>(StackComponent.infrastructure());
        wanted.addAll(services);
        List<ComponentStatus> statuses = probe.inspectAll().stream().filter(s -> wanted.contains(s.component())).toList();
        List<StackComponent> missing = statuses.stream().filter(s -> !s.running()).map(ComponentStatus::component).toList();
        List<StackComponent> missingInfrastructure = missing.stream().filter(c -> !c.isService()).toList();
        StackDown down = new StackDown(files);
        for (ComponentStatus status : statuses) {
            if (status.running() && !status.healthy()) {
                System.out.println(notReady(status, missingInfrastructure));
            }
            if (status.died()) {
                System.out.printf("  %-20s DIED (%s): clearing it away to start it again%n", status.component().id(),
                        status.note());
            }
            if (!status.running()) {
                down.stop(status.component());
            }
        }
        return missing;
    }

    private static String notReady(ComponentStatus status, List<StackComponent> missingInfrastructure) {
        String id = status.component().id();
        if (status.component().isService() && !missingInfrastructure.isEmpty()) {
            // A service loses its readiness while its database or broker is down and regains it by itself.
            return "  %-20s runs, not ready until %s is back (it reconnects by itself)"
                    .formatted(id, ids(missingInfrastructure));
        }
        return "  %-20s runs but does not answer (%s); deploy/stack restart %s".formatted(id, status.note(), id);
    }

    static List<String> takenPorts(List<StackComponent> components) {
        List<StackComponent.EnvPort> ports = new ArrayList<>();
        for (StackComponent component : components) {
            ports.add(component.port());
            if (component.secondaryPort() != null) {
                ports.add(component.secondaryPort());
            }
        }
        List<String> problems = new ArrayList<>();
        for (StackComponent.EnvPort port : ports) {
            try {
                Ports.requireFree(port.value(), port.component(), port.variable());
            } catch (IllegalStateException | IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    private void start(List<StackComponent> components) {
        if (components.isEmpty()) {
            return;
        }
        boolean infrastructure = !components.get(0).isService();
        System.out.println("Starting " + (infrastructure ? describeInfrastructure(components) : ids(components)) + " ...");
        StackPorts ports = new StackPorts(files);
        ComponentLauncher launcher = new ComponentLauncher(files);
        List<CompletableFuture<Void>> started = components.stream()
                .map(component -> CompletableFuture.runAsync(() -> {
                    long begin = System.nanoTime();
                    launcher.start(component, ports.configured(component));
                    System.out.printf("  %-20s ready in %5.1f s%n", component.id(), (System.nanoTime() - begin) / 1e9);
                }, starter))
                .toList();
        CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
    }

    private static String describeInfrastructure(List<StackComponent> components) {
        return String.join(", ", components.stream().map(c -> switch (c) {
            case POSTGRES -> "PostgreSQL " + Versions.postgres();
            case KAFKA -> "Kafka " + Versions.kafka();
            case KEYCLOAK -> "Keycloak " + Versions.keycloak();
            default -> c.id();
        }).toList());
    }

    static String ids(List<StackComponent> components) {
        return String.join(", ", components.stream().map(StackComponent::id).toList());
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage();
    }
}
