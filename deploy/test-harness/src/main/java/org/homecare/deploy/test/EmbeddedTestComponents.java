package org.homecare.deploy.test;

import org.homecare.deploy.PostgresServer;

import java.nio.file.Path;
import java.util.List;

/** One service's test components as local processes: {@link EmbeddedComponents} with the one test database. */
final class EmbeddedTestComponents {

    private EmbeddedTestComponents() {
    }

    static RunningComponents start() {
        Path moduleDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        EmbeddedComponents components = EmbeddedComponents.start(moduleDir, List.of(RunningComponents.DATABASE),
                RunningComponents.TOPIC_PARTITIONS);
        return new RunningComponents(components.description(), RunningComponents.config(
                components.postgres().jdbcUrl(RunningComponents.DATABASE),
                PostgresServer.USER, PostgresServer.PASSWORD,
                components.kafka().bootstrapServers(),
                components.keycloak().url()), components::close);
    }
}
