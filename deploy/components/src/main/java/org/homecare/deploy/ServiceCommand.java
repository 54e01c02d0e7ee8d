package org.homecare.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts a service's packaged {@code quarkus-run.jar} in the {@code local} profile against a
 * given PostgreSQL database, Kafka and Keycloak. The local stack and the end-to-end test both start services with it,
 * so the test runs the services exactly as the stack does.
 *
 * @param jvmOptions options placed right after {@code java}, e.g. a marker and {@code -Xmx256m}
 */
public record ServiceCommand(Path jar, List<String> jvmOptions, int httpPort, String jdbcUrl,
                             String kafkaBootstrapServers, String oidcServerUrl) {

    public ServiceCommand {
        jvmOptions = List.copyOf(jvmOptions);
    }

    public List<String> arguments() {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Dquarkus.profile=local",
                "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=" + PostgresServer.USER,
                "-Dquarkus.datasource.password=" + PostgresServer.PASSWORD,
                "-Dkafka.bootstrap.servers=" + kafkaBootstrapServers,
                "-Dquarkus.oidc.auth-server-url=" + oidcServerUrl,
                "-jar", jar.toString()));
        return command;
    }

    /** Where the service answers once {@code /q/health/ready} says so. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public String readinessUrl() {
        return baseUrl() + "/q/health/ready";
    }
}
