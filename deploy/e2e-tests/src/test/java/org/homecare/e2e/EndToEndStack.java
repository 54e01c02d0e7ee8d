package org.homecare.e2e;

import org.homecare.deploy.ChildProcess;
import org.homecare.deploy.Directories;
import org.homecare.deploy.HttpProbe;
import org.homecare.deploy.LocalPaths;
import org.homecare.deploy.Ports;
import org.homecare.deploy.ServiceCommand;
import org.homecare.deploy.demo.Endpoints;
import org.homecare.deploy.test.EmbeddedComponents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Real PostgreSQL (one database per service), Kafka and Keycloak from deploy/components, then the four packaged
 * services as child processes on free ports, started with the same command line as {@code deploy/stack up}
 * ({@link ServiceCommand}, profile {@code local}). Closing stops the services, then the components, and deletes
 * their data; a shutdown hook does the same if the test JVM is stopped before {@code @AfterAll} runs.
 */
final class EndToEndStack implements AutoCloseable {

    static final List<String> SERVICES =
            List.of("eligibility-service", "provider-service", "voucher-service", "settlement-service");
    // Four Quarkus apps, Kafka and Keycloak share two cores at start-up; a service alone is up in a few seconds.
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);
    private static final int TOPIC_PARTITIONS = 3;
    // Less CPU for JIT and GC threads: on two shared cores this halved the services' start (77 s to 37 s), and a
    // month of a thousand logs does not need C2-compiled code.
    private static final List<String> SERVICE_JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private record RunningService(String name, ServiceCommand command, ChildProcess process) {
    }

    private final EmbeddedComponents components;
    // The shutdown hook may read it while the services are still being started.
    private final List<RunningService> services = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread stopOnExit = new Thread(this::stopEverything, "e2e-stack-stop");

    private EndToEndStack(EmbeddedComponents components) {
        this.components = components;
    }

    /** @param moduleDir the e2e-tests module: logs go to its {@code target/} */
    static EndToEndStack start(Path moduleDir) {
        Path repositoryRoot = LocalPaths.repositoryRoot();
        List<Path> jars = SERVICES.stream()
                .map(service -> repositoryRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar"))
                .toList();
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing; package the services first: "
                        + "./mvnw -DskipTests install");
            }
        }
        List<String> databases = SERVICES.stream().map(EndToEndStack::database).toList();
        EndToEndStack stack = new EndToEndStack(EmbeddedComponents.start(moduleDir, databases, TOPIC_PARTITIONS));
        Runtime.getRuntime().addShutdownHook(stack.stopOnExit);
        try {
            stack.startServices(jars, moduleDir.resolve("target"));
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Base URLs of the four services and Keycloak, as the demo month wants them. */
    Endpoints endpoints() {
        return new Endpoints(baseUrl("eligibility-service"), baseUrl("provider-service"),
                baseUrl("voucher-service"), baseUrl("settlement-service"), components.keycloak().url());
    }

    @Override
    public void close() {
        stopEverything();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to; stopEverything runs once either way.
        }
    }

    private void startServices(List<Path> jars, Path target) {
        Path logs = target.resolve("service-logs");
        try {
            Directories.deleteTree(logs);
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("[e2e] starting " + String.join(", ", SERVICES) + " (logs in " + logs + ")");
        long begin = System.nanoTime();
        // All four start at once; their Kafka consumers tolerate the others not being up yet.
        for (int i = 0; i < SERVICES.size(); i++) {
            String name = SERVICES.get(i);
            List<String> jvmOptions = new ArrayList<>();
            jvmOptions.add("-Dhomecare.e2e.service=" + name); // tells a leftover process apart in ps
            jvmOptions.addAll(SERVICE_JVM_OPTIONS);
            ServiceCommand command = new ServiceCommand(jars.get(i), jvmOptions, Ports.freePort(),
                    components.postgres().jdbcUrl(database(name)), components.kafka().bootstrapServers(),
                    components.keycloak().realmUrl());
            ChildProcess process = ChildProcess.start(name, command.arguments(), Map.of(), target,
                    logs.resolve(name + ".log"), false);
            services.add(new RunningService(name, command, process));
        }
        for (RunningService service : services) {
            try {
                service.process().awaitReady(SERVICE_START_TIMEOUT,
                        () -> HttpProbe.answersOk(service.command().readinessUrl()));
            } catch (RuntimeException notReady) {
                // The message carries the tail of the service's log; surefire's report may cut it, so print it too.
                System.err.println("[e2e] " + service.name() + " did not start: " + notReady.getMessage());
                throw notReady;
            }
            System.out.printf("[e2e] %-20s ready on %s after %5.1f s%n", service.name(),
                    service.command().baseUrl(), (System.nanoTime() - begin) / 1e9);
        }
    }

    private void stopEverything() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Services first, so none of them logs connection errors to a broker or database that is already gone.
        List<Thread> stoppers = services.stream()
                .map(service -> new Thread(() -> service.process().stop(SERVICE_STOP_GRACE),
                        "e2e-stop-" + service.name()))
                .toList();
        stoppers.forEach(Thread::start);
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        components.close();
    }

    private String baseUrl(String service) {
        return services.stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a service of the stack: " + service))
                .command().baseUrl();
    }

    /** Each service owns the database named after it, as on the local stack: voucher-service → voucher. */
    private static String database(String service) {
        return service.substring(0, service.length() - "-service".length());
    }
}
