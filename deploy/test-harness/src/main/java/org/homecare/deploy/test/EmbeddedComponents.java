package org.homecare.deploy.test;

import org.homecare.deploy.Directories;
import org.homecare.deploy.KafkaBroker;
import org.homecare.deploy.KeycloakServer;
import org.homecare.deploy.Ports;
import org.homecare.deploy.PostgresServer;
import org.homecare.deploy.Versions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PostgreSQL (with the given databases), Kafka and Keycloak (realm imported afresh) as local processes, started in
 * parallel on free ports, their logs in {@code <module>/target/test-components}. Used by
 * {@link RealComponentsTestResource} for one service's tests and by the end-to-end test for all four services.
 */
public final class EmbeddedComponents implements AutoCloseable {

    private final String description;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    private final Runnable stopAll;

    private EmbeddedComponents(String description, PostgresServer postgres, KafkaBroker kafka,
                               KeycloakServer keycloak, Runnable stopAll) {
        this.description = description;
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.stopAll = stopAll;
    }

    /**
     * @param moduleDir the Maven module whose {@code target/} gets the logs; it also names the Keycloak copy
     * @param topicPartitions partitions of each service topic and its dead-letter topic
     */
    public static EmbeddedComponents start(Path moduleDir, List<String> databases, int topicPartitions) {
        String keycloakInstance = "test-" + moduleDir.getFileName();
        Path logs = moduleDir.resolve("target/test-components");
        Path scratch = createScratchDirectory(logs);

        int postgresPort = Ports.freePort();
        int kafkaPort = Ports.freePort();
        int kafkaControllerPort = Ports.freePort();
        int keycloakPort = Ports.freePort();
        int keycloakManagementPort = Ports.freePort();
        String description = "[test components] embedded: PostgreSQL " + Versions.postgres() + " (zonky) on localhost:"
                + postgresPort + ", Kafka " + Versions.kafka() + " KRaft process on 127.0.0.1:" + kafkaPort
                + ", Keycloak " + Versions.keycloak() + " process on localhost:" + keycloakPort
                + " (logs in " + logs + ")";
        System.out.println(description);

        ExecutorService starter = Executors.newFixedThreadPool(3);
        // The admin clients that wait for the broker would print their full configuration into the test output.
        Logger kafkaClients = Logger.getLogger("org.apache.kafka");
        Level kafkaClientsLevel = kafkaClients.getLevel();
        kafkaClients.setLevel(Level.WARNING);
        try {
            var postgres = timed(starter, () -> PostgresServer.start(postgresPort, scratch.resolve("postgres"), false,
                    logs.resolve("postgres.log"), databases));
            var kafka = timed(starter, () -> KafkaBroker.start(kafkaPort, kafkaControllerPort, scratch.resolve("kafka"),
                    logs.resolve("kafka.log"), topicPartitions, false));
            var keycloak = timed(starter, () -> KeycloakServer.start(keycloakInstance, keycloakPort,
                    keycloakManagementPort, logs.resolve("keycloak.log"), true, false));
            Runnable stopAll = () -> stopInParallel(scratch, List.of(postgres, kafka, keycloak));
            try {
                CompletableFuture.allOf(postgres, kafka, keycloak).join();
            } catch (CompletionException e) {
                stopAll.run();
                throw new IllegalStateException("Test components did not start: " + e.getCause().getMessage(), e.getCause());
            }
            System.out.printf("[test components] ready: PostgreSQL %.1f s, Kafka %.1f s, Keycloak %.1f s%n",
                    postgres.join().seconds(), kafka.join().seconds(), keycloak.join().seconds());
            return new EmbeddedComponents(description, postgres.join().component(), kafka.join().component(),
                    keycloak.join().component(), stopAll);
        } finally {
            starter.shutdown();
            kafkaClients.setLevel(kafkaClientsLevel);
        }
    }

    public String description() {
        return description;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** Stops the three processes in parallel and deletes their data; safe to call from a shutdown hook. */
    @Override
    public void close() {
        stopAll.run();
    }

    private record Timed<T>(T component, double seconds) {
    }

    private static <T> CompletableFuture<Timed<T>> timed(ExecutorService executor, Supplier<T> start) {
        return CompletableFuture.supplyAsync(() -> {
            long begin = System.nanoTime();
            T component = start.get();
            return new Timed<>(component, (System.nanoTime() - begin) / 1e9);
        }, executor);
    }

    /** Threads, not the common pool: it may have a single thread, and this runs in a shutdown hook. */
    private static void stopInParallel(Path scratch, List<CompletableFuture<? extends Timed<? extends AutoCloseable>>> started) {
        List<Thread> stoppers = started.stream()
                .filter(future -> future.isDone() && !future.isCompletedExceptionally())
                .map(CompletableFuture::join)
                .map(timed -> new Thread(() -> close(timed.component()), "test-component-stop"))
                .toList();
        stoppers.forEach(Thread::start);
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Directories.deleteTreeQuietly(scratch);
    }

    private static void close(AutoCloseable component) {
        try {
            component.close();
        } catch (Exception e) {
            System.err.println("[test components] stop failed: " + e);
        }
    }

    private static Path createScratchDirectory(Path logs) {
        try {
            Files.createDirectories(logs);
            for (String log : List.of("postgres.log", "kafka.log", "keycloak.log")) {
                Files.deleteIfExists(logs.resolve(log));
            }
            return Files.createTempDirectory("homecare-test-components-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
