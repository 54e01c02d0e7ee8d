package org.homecare.crash;

import org.homecare.deploy.ChildProcess;
import org.homecare.deploy.Directories;
import org.homecare.deploy.HttpProbe;
import org.homecare.deploy.KafkaBroker;
import org.homecare.deploy.KeycloakServer;
import org.homecare.deploy.LocalPaths;
import org.homecare.deploy.Ports;
import org.homecare.deploy.PostgresServer;
import org.homecare.deploy.ServiceCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL (durable), Kafka, Keycloak, voucher-service and settlement-service as local processes on ports fixed at
 * the start, so that any of them can be killed with SIGKILL and started again on the same port with the same data,
 * the way a supervisor would restart it. Closing stops everything and deletes the data.
 */
final class CrashStack implements AutoCloseable {

    /** The parts a crash test kills. */
    enum Part {
        VOUCHER_SERVICE("voucher-service"), SETTLEMENT_SERVICE("settlement-service"), KAFKA("kafka"),
        POSTGRES("postgres");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    private static final List<String> DATABASES = List.of("voucher", "settlement");
    private static final int TOPIC_PARTITIONS = 3;
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(180);
    // As in the end-to-end test: on two shared cores C1 code starts a service in half the time.
    private static final List<String> SERVICE_JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Path scratch;
    private final Path logs;
    private final int postgresPort = Ports.freePort();
    private final int kafkaPort = Ports.freePort();
    private final int kafkaControllerPort = Ports.freePort();
    private final int keycloakPort = Ports.freePort();
    private final Map<Part, Integer> servicePorts = new EnumMap<>(Map.of(
            Part.VOUCHER_SERVICE, Ports.freePort(), Part.SETTLEMENT_SERVICE, Ports.freePort()));
    private final Map<Part, ChildProcess> services = new EnumMap<>(Part.class);
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;

    private CrashStack(Path moduleDir) {
        logs = moduleDir.resolve("target/crash-logs");
        try {
            Directories.deleteTree(logs);
            Files.createDirectories(logs);
            scratch = Files.createTempDirectory("homecare-crash-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CrashStack start(Path moduleDir) {
        CrashStack stack = new CrashStack(moduleDir);
        try {
            stack.keycloak = KeycloakServer.start("test-crash-tests", stack.keycloakPort, Ports.freePort(),
                    stack.logs.resolve("keycloak.log"), true, false);
            stack.startPart(Part.POSTGRES);
            stack.startPart(Part.KAFKA);
            stack.startPart(Part.VOUCHER_SERVICE);
            stack.startPart(Part.SETTLEMENT_SERVICE);
            System.out.println("[crash] stack ready, logs in " + stack.logs);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    String jdbcUrl(String database) {
        return PostgresServer.jdbcUrl(postgresPort, database);
    }

    String kafkaBootstrapServers() {
        return KafkaBroker.bootstrapServers(kafkaPort);
    }

    String keycloakUrl() {
        return keycloak.url();
    }

    String baseUrl(Part service) {
        return "http://localhost:" + servicePorts.get(service);
    }

    /** SIGKILL, with no chance to clean up; for PostgreSQL the postmaster and every backend, as in a power loss. */
    void kill(Part part) {
        switch (part) {
            case POSTGRES -> {
                ProcessHandle postmaster = ProcessHandle.of(postmasterPid())
                        .orElseThrow(() -> new IllegalStateException("the postmaster is not running"));
                List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
                all.add(0, postmaster);
                all.forEach(ProcessHandle::destroyForcibly);
                all.forEach(process -> process.onExit().join());
            }
            case KAFKA -> killProcess(kafka.pid());
            case VOUCHER_SERVICE, SETTLEMENT_SERVICE -> killProcess(services.get(part).pid());
        }
    }

    /** Starts the part on its port with its data; returns once it is ready. */
    void startPart(Part part) {
        switch (part) {
            case POSTGRES -> {
                if (postgres != null) {
                    postgres.close(); // releases the embedded library's lock on the data directory
                }
                postgres = PostgresServer.start(postgresPort, scratch.resolve("postgres"), true,
                        logs.resolve("postgres.log"), DATABASES);
            }
            case KAFKA -> kafka = KafkaBroker.start(kafkaPort, kafkaControllerPort, scratch.resolve("kafka"),
                    logs.resolve("kafka.log"), TOPIC_PARTITIONS, false);
            case VOUCHER_SERVICE, SETTLEMENT_SERVICE -> startService(part);
        }
    }

    /** A graceful stop of a service (SIGTERM), as an operator would before resetting its consumer offsets. */
    void stopService(Part service) {
        services.get(service).stop(Duration.ofSeconds(30));
    }

    private void startService(Part service) {
        Path jar = LocalPaths.repositoryRoot().resolve(service.label).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; package the services first: ./mvnw -DskipTests install");
        }
        List<String> jvmOptions = new ArrayList<>(List.of("-Dhomecare.crash.service=" + service.label));
        jvmOptions.addAll(SERVICE_JVM_OPTIONS);
        String database = service.label.substring(0, service.label.length() - "-service".length());
        ServiceCommand command = new ServiceCommand(jar, jvmOptions, servicePorts.get(service), jdbcUrl(database),
                kafkaBootstrapServers(), keycloak.realmUrl());
        ChildProcess process = ChildProcess.start(service.label, command.arguments(), Map.of(), logs,
                logs.resolve(service.label + ".log"), false);
        services.put(service, process);
        process.awaitReady(SERVICE_START_TIMEOUT, () -> HttpProbe.answersOk(command.readinessUrl()));
    }

    /** The first line of {@code postmaster.pid} in the data directory. */
    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(scratch.resolve("postgres/postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("no postmaster.pid: PostgreSQL is not running", e);
        }
    }

    private static void killProcess(long pid) {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
    }

    @Override
    public void close() {
        services.values().forEach(service -> service.stop(Duration.ofSeconds(20)));
        for (AutoCloseable component : new AutoCloseable[] {kafka, postgres, keycloak}) {
            if (component != null) {
                try {
                    component.close();
                } catch (Exception e) {
                    System.err.println("[crash] stop failed: " + e);
                }
            }
        }
        Directories.deleteTreeQuietly(scratch);
    }
}
