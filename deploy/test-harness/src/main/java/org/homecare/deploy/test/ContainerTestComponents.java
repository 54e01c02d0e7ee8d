package org.homecare.deploy.test;

import org.homecare.deploy.KafkaTopics;
import org.homecare.deploy.LocalPaths;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The same components as containers, for machines with a Docker engine. */
final class ContainerTestComponents {

    private static final String POSTGRES_IMAGE = "postgres:17";
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    private static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.4";
    private static final int KEYCLOAK_HTTP = 8080;

    private ContainerTestComponents() {
    }

    static boolean dockerAvailable() {
        return Files.exists(Path.of("/var/run/docker.sock")) && DockerClientFactory.instance().isDockerAvailable();
    }

    static RunningComponents start() {
        String description = "[test components] Testcontainers (Docker): PostgreSQL " + POSTGRES_IMAGE
                + ", Kafka " + KAFKA_IMAGE + ", Keycloak " + KEYCLOAK_IMAGE;
        System.out.println(description);

        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName(RunningComponents.DATABASE)
                .withUsername("postgres")
                .withPassword("postgres")
                .withCommand("postgres", "-c", "max_connections=300");
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        GenericContainer<?> keycloak = new GenericContainer<>(KEYCLOAK_IMAGE)
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withCopyFileToContainer(MountableFile.forHostPath(LocalPaths.realmFile()),
                        "/opt/keycloak/data/import/homecare-realm.json")
                .withCommand("start-dev", "--import-realm")
                .withExposedPorts(KEYCLOAK_HTTP)
                .waitingFor(Wait.forHttp("/realms/homecare/.well-known/openid-configuration")
                        .forPort(KEYCLOAK_HTTP)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        List<GenericContainer<?>> containers = List.of(postgres, kafka, keycloak);
        Runnable stopAll = () -> containers.parallelStream().forEach(GenericContainer::stop);
        try {
            Startables.deepStart(containers).join();
            KafkaTopics.create(kafka.getBootstrapServers(), RunningComponents.TOPIC_PARTITIONS);
        } catch (RuntimeException e) {
            stopAll.run();
            throw e;
        }
        String keycloakUrl = "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(KEYCLOAK_HTTP);
        return new RunningComponents(description, RunningComponents.config(postgres.getJdbcUrl(),
                postgres.getUsername(), postgres.getPassword(), kafka.getBootstrapServers(), keycloakUrl), stopAll);
    }
}
