package org.homecare.deploy.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real PostgreSQL, Kafka and Keycloak for a module's {@code @QuarkusTest}s, started once per JVM:
 * local processes, or Testcontainers where a Docker engine is reachable
 * ({@code -Dhomecare.test.components=embedded} forces the local processes).
 * A JVM shutdown hook stops them; {@link #stop()} does not, so an application restart reuses them.
 */
public class RealComponentsTestResource implements QuarkusTestResourceLifecycleManager {

    // Quarkus may load this class once per application class loader (e.g. per test profile), so the
    // JVM-wide record of the started components lives in system properties, not in a static field.
    // String values only: libraries (e.g. Narayana) copy all system properties and fail on other types.
    private static final String STARTED_PREFIX = "homecare.test.started.";

    @Override
    public Map<String, String> start() {
        return startOnce();
    }

    @Override
    public void stop() {
        // The shutdown hook stops the components when the test JVM ends.
    }

    private static synchronized Map<String, String> startOnce() {
        Map<String, String> started = RunningComponents.KEYS.stream()
                .filter(key -> System.getProperty(STARTED_PREFIX + key) != null)
                .collect(Collectors.toMap(key -> key, key -> System.getProperty(STARTED_PREFIX + key)));
        if (started.size() == RunningComponents.KEYS.size()) {
            return started;
        }
        RunningComponents components = useContainers() ? ContainerTestComponents.start() : EmbeddedTestComponents.start();
        Runtime.getRuntime().addShutdownHook(new Thread(components.stopAll(), "test-components-stop"));
        components.config().forEach((key, value) -> System.setProperty(STARTED_PREFIX + key, value));
        System.setProperty(RunningComponents.KEYCLOAK_URL, components.config().get(RunningComponents.KEYCLOAK_URL));
        return components.config();
    }

    private static boolean useContainers() {
        return !"embedded".equals(System.getProperty("homecare.test.components"))
                && ContainerTestComponents.dockerAvailable();
    }
}
