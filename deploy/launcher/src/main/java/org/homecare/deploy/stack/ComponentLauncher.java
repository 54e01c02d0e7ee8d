package org.homecare.deploy.stack;

import org.homecare.deploy.ChildProcess;
import org.homecare.deploy.HttpProbe;
import org.homecare.deploy.KafkaBroker;
import org.homecare.deploy.KeycloakServer;
import org.homecare.deploy.PostgresServer;
import org.homecare.deploy.ServiceCommand;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Starts one component as a detached process on the given ports, records it, and waits until it answers. */
final class ComponentLauncher {

    private static final Duration POSTGRES_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);
    static final int TOPIC_PARTITIONS = 6;
    static final String DEFAULT_SERVICE_JAVA_OPTS = "-Xmx512m -XX:+UseParallelGC";

    private final StackFiles files;
    private final StackPorts ports;

    ComponentLauncher(StackFiles files) {
        this.files = files;
        this.ports = new StackPorts(files);
    }

    void start(StackComponent component, StackPorts.Assigned assigned) {
        switch (component) {
            case POSTGRES -> startPostgres(assigned);
            case KAFKA -> startKafka(assigned);
            case KEYCLOAK -> startKeycloak(assigned);
            default -> startService(component, assigned);
        }
    }

    private void startPostgres(StackPorts.Assigned assigned) {
        int port = assigned.main();
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(),
                StackComponent.POSTGRES.jvmMarkerOption(), "-Xmx128m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", absoluteClassPath(), "org.homecare.deploy.PostgresMain",
                String.valueOf(port), files.postgresDataDir().toString(),
                files.log(StackComponent.POSTGRES).toString()));
        command.addAll(ComponentProbe.DATABASES);
        ChildProcess process = ChildProcess.start("PostgreSQL", command, Map.of(),
                files.repositoryRoot(), files.log(StackComponent.POSTGRES), true);
        files.recordStarted(StackComponent.POSTGRES, process.pid(), assigned);
        process.awaitReady(POSTGRES_TIMEOUT, () -> PostgresServer.accepts(port, ComponentProbe.DATABASES));
    }

    /** This JVM's class path, for the launcher, which may run in another working directory. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private void startKafka(StackPorts.Assigned assigned) {
        KafkaBroker broker = KafkaBroker.start(assigned.main(), assigned.secondary(), files.kafkaDir(),
                files.log(StackComponent.KAFKA), TOPIC_PARTITIONS, true);
        files.recordStarted(StackComponent.KAFKA, broker.pid(), assigned);
    }

    private void startKeycloak(StackPorts.Assigned assigned) {
        KeycloakServer keycloak = KeycloakServer.start(StackUp.KEYCLOAK_INSTANCE, assigned.main(), assigned.secondary(),
                files.log(StackComponent.KEYCLOAK), false, true);
        files.recordStarted(StackComponent.KEYCLOAK, keycloak.pid(), assigned);
    }

    private void startService(StackComponent service, StackPorts.Assigned assigned) {
        List<String> jvmOptions = new ArrayList<>();
        jvmOptions.add(service.jvmMarkerOption());
        // The parallel collector: on 2 shared cores G1's write barriers and concurrent threads took throughput from
        // the request threads (voucher load: 4,652-5,855 logs/s against 4,454-4,715 with G1), and a 512 MB heap's
        // pauses stay short.
        jvmOptions.addAll(List.of(System.getenv().getOrDefault("SERVICE_JAVA_OPTS", DEFAULT_SERVICE_JAVA_OPTS)
                .trim().split("\\s+")));
        ServiceCommand command = new ServiceCommand(files.serviceJar(service), jvmOptions, assigned.main(),
                PostgresServer.jdbcUrl(ports.current(StackComponent.POSTGRES), service.database()),
                KafkaBroker.bootstrapServers(ports.current(StackComponent.KAFKA)),
                KeycloakServer.realmUrl(ports.current(StackComponent.KEYCLOAK)));
        ChildProcess process = ChildProcess.start(service.id(), command.arguments(), Map.of(),
                files.repositoryRoot(), files.log(service), true);
        files.recordStarted(service, process.pid(), assigned);
        process.awaitReady(SERVICE_TIMEOUT, () -> HttpProbe.answersOk(command.readinessUrl()));
    }
}
