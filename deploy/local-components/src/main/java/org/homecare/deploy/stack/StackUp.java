package org.homecare.deploy.stack;

import org.homecare.deploy.ChildProcess;
import org.homecare.deploy.HttpProbe;
import org.homecare.deploy.KafkaBroker;
import org.homecare.deploy.KeycloakServer;
import org.homecare.deploy.Ports;
import org.homecare.deploy.PostgresServer;
import org.homecare.deploy.ServiceCommand;
import org.homecare.deploy.Versions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Starts PostgreSQL, Kafka and Keycloak in parallel, then the services, all as detached processes. */
final class StackUp {

    private static final Duration POSTGRES_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);
    private static final int TOPIC_PARTITIONS = 6;
    static final String KEYCLOAK_INSTANCE = "stack";

    private final StackFiles files;
    private final List<StackComponent> services;
    // Not the common pool: on a 2-core machine it has a single thread and would start the components one by one.
    private final ExecutorService starter = Executors.newCachedThreadPool();

    StackUp(StackFiles files, List<StackComponent> services) {
        this.files = files;
        this.services = services;
    }

    /** Exit code of {@link #preflight()} when everything asked for already runs. */
    static final int ALREADY_RUNNING = 10;

    /**
     * Checks that nothing of the stack runs and every port is free, before the script spends time building.
     * @return 0 to go ahead, {@link #ALREADY_RUNNING}, or 1 after printing the problems
     */
    int preflight() {
        List<StackComponent> wanted = new ArrayList<>(StackComponent.infrastructure());
        wanted.addAll(services);
        List<StackComponent> running = wanted.stream().filter(c -> files.liveProcess(c).isPresent()).toList();
        if (!running.isEmpty()) {
            if (running.size() == wanted.size()) {
                System.out.println("The local stack is already running (deploy/stack status shows it).");
                return ALREADY_RUNNING;
            }
            System.err.println("The local stack is partly running (" + ids(running) + "); run deploy/stack down first.");
            return 1;
        }
        List<String> takenPorts = takenPorts(wanted);
        takenPorts.forEach(System.err::println);
        return takenPorts.isEmpty() ? 0 : 1;
    }

    /** @return the process exit code */
    int run() {
        int preflight = preflight();
        if (preflight != 0) {
            return preflight == ALREADY_RUNNING ? 0 : preflight;
        }
        List<String> missingJars = missingJars();
        if (!missingJars.isEmpty()) {
            missingJars.forEach(System.err::println);
            return 1;
        }
        try {
            startInfrastructure();
            startServices();
        } catch (RuntimeException e) {
            System.err.println("\nThe local stack did not start: " + rootMessage(e));
            System.err.println("Stopping what did start...");
            new StackDown(files).run();
            return 1;
        } finally {
            starter.shutdown();
        }
        new StackSummary(files, services).print();
        return 0;
    }

    private List<String> missingJars() {
        return services.stream()
                .filter(service -> !files.serviceJar(service).toFile().isFile())
                .map(service -> files.display(files.serviceJar(service)) + " is missing; build it with ./mvnw -DskipTests install")
                .toList();
    }

    private static List<String> takenPorts(List<StackComponent> components) {
        List<StackComponent.EnvPort> ports = new ArrayList<>(components.stream().map(StackComponent::port).toList());
        ports.add(StackComponent.KAFKA_CONTROLLER);
        ports.add(StackComponent.KEYCLOAK_MANAGEMENT);
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

    private void startInfrastructure() {
        System.out.println("Starting PostgreSQL " + Versions.postgres() + ", Kafka " + Versions.kafka()
                + " and Keycloak " + Versions.keycloak() + " ...");
        CompletableFuture<Void> postgres = timed("PostgreSQL", this::startPostgres);
        CompletableFuture<Void> kafka = timed("Kafka", this::startKafka);
        CompletableFuture<Void> keycloak = timed("Keycloak", this::startKeycloak);
        CompletableFuture.allOf(postgres, kafka, keycloak).join();
    }

    private void startPostgres() {
        int port = StackComponent.POSTGRES.port().value();
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(),
                StackComponent.POSTGRES.jvmMarkerOption(), "-Xmx128m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", System.getProperty("java.class.path"), "org.homecare.deploy.PostgresMain",
                String.valueOf(port), files.dataDir().resolve("postgres").toString(),
                files.log(StackComponent.POSTGRES).toString()));
        List<String> databases = StackComponent.services().stream().map(StackComponent::database).toList();
        command.addAll(databases);
        ChildProcess process = ChildProcess.start("PostgreSQL", command, Map.of(),
                files.repositoryRoot(), files.log(StackComponent.POSTGRES), true);
        files.recordStarted(StackComponent.POSTGRES, process.pid(), port);
        process.awaitReady(POSTGRES_TIMEOUT, () -> PostgresServer.accepts(port, databases));
    }

    private void startKafka() {
        int port = StackComponent.KAFKA.port().value();
        KafkaBroker broker = KafkaBroker.start(port, StackComponent.KAFKA_CONTROLLER.value(),
                files.dataDir().resolve("kafka"), files.log(StackComponent.KAFKA), TOPIC_PARTITIONS, true);
        files.recordStarted(StackComponent.KAFKA, broker.pid(), port);
    }

    private void startKeycloak() {
        int port = StackComponent.KEYCLOAK.port().value();
        KeycloakServer keycloak = KeycloakServer.start(KEYCLOAK_INSTANCE, port,
                StackComponent.KEYCLOAK_MANAGEMENT.value(), files.log(StackComponent.KEYCLOAK), false, true);
        files.recordStarted(StackComponent.KEYCLOAK, keycloak.pid(), port);
    }

    static final String DEFAULT_SERVICE_JAVA_OPTS = "-Xmx512m -XX:+UseParallelGC";

    private void startServices() {
        if (services.isEmpty()) {
            return;
        }
        System.out.println("Starting " + ids(services) + " ...");
        List<CompletableFuture<Void>> started = services.stream()
                .map(service -> timed(service.id(), () -> startService(service)))
                .toList();
        CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
    }

    private void startService(StackComponent service) {
        int port = service.port().value();
        List<String> jvmOptions = new ArrayList<>();
        jvmOptions.add(service.jvmMarkerOption());
        // The parallel collector: on 2 shared cores G1's write barriers and concurrent threads took throughput from
        // the request threads (voucher load: 4,652-5,855 logs/s against 4,454-4,715 with G1), and a 512 MB heap's
        // pauses stay short.
        jvmOptions.addAll(List.of(System.getenv().getOrDefault("SERVICE_JAVA_OPTS", DEFAULT_SERVICE_JAVA_OPTS)
                .trim().split("\\s+")));
        ServiceCommand command = new ServiceCommand(files.serviceJar(service), jvmOptions, port,
                PostgresServer.jdbcUrl(StackComponent.POSTGRES.port().value(), service.database()),
                "localhost:" + StackComponent.KAFKA.port().value(),
                KeycloakServer.realmUrl(StackComponent.KEYCLOAK.port().value()));
        ChildProcess process = ChildProcess.start(service.id(), command.arguments(), Map.of(),
                files.repositoryRoot(), files.log(service), true);
        files.recordStarted(service, process.pid(), port);
        process.awaitReady(SERVICE_TIMEOUT, () -> HttpProbe.answersOk(command.readinessUrl()));
    }

    private CompletableFuture<Void> timed(String name, Runnable start) {
        return CompletableFuture.runAsync(() -> {
            long begin = System.nanoTime();
            start.run();
            System.out.printf("  %-20s ready in %5.1f s%n", name, (System.nanoTime() - begin) / 1e9);
        }, starter);
    }

    private static String ids(List<StackComponent> components) {
        return String.join(", ", components.stream().map(StackComponent::id).toList());
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage();
    }
}
