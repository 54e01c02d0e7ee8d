package org.homecare.deploy.stack;

import java.util.Arrays;
import java.util.List;

/** The processes of the local stack, in start order, with their default ports and port variables. */
enum StackComponent {

    POSTGRES("postgres", "PG_PORT", 5432, null),
    KAFKA("kafka", "KAFKA_PORT", 9092, "kafka.Kafka"),
    // kc.sh execs java after its first-start build, so the recorded pid may be either the script or the JVM.
    KEYCLOAK("keycloak", "KEYCLOAK_PORT", 8180, "/cache/keycloak-"),
    ELIGIBILITY("eligibility-service", "ELIGIBILITY_PORT", 8081, null),
    PROVIDER("provider-service", "PROVIDER_PORT", 8082, null),
    VOUCHER("voucher-service", "VOUCHER_PORT", 8083, null),
    SETTLEMENT("settlement-service", "SETTLEMENT_PORT", 8084, null);

    static final EnvPort KAFKA_CONTROLLER = new EnvPort("kafka controller", "KAFKA_CONTROLLER_PORT", 9093);
    static final EnvPort KEYCLOAK_MANAGEMENT = new EnvPort("keycloak management", "KEYCLOAK_MANAGEMENT_PORT", 9180);

    private final String id;
    private final EnvPort port;
    private final String commandLineMarker;

    StackComponent(String id, String portVariable, int defaultPort, String commandLineMarker) {
        this.id = id;
        this.port = new EnvPort(id, portVariable, defaultPort);
        this.commandLineMarker = commandLineMarker != null ? commandLineMarker : jvmMarkerOption();
    }

    String id() {
        return id;
    }

    EnvPort port() {
        return port;
    }

    /** Guards against a recycled pid: the live process must still look like this component. */
    String commandLineMarker() {
        return commandLineMarker;
    }

    /**
     * First option of the JVMs the stack launches itself; first because Linux may hand a long command line
     * (the PostgreSQL launcher's class path) back truncated.
     */
    String jvmMarkerOption() {
        return "-Dhomecare.stack.component=" + id;
    }

    boolean isService() {
        return id.endsWith("-service");
    }

    /** Each service owns the database named after it, e.g. {@code voucher}. */
    String database() {
        return id.substring(0, id.length() - "-service".length());
    }

    /** Kafka's controller port and Keycloak's management port; null for the others. */
    EnvPort secondaryPort() {
        return switch (this) {
            case KAFKA -> KAFKA_CONTROLLER;
            case KEYCLOAK -> KEYCLOAK_MANAGEMENT;
            default -> null;
        };
    }

    static StackComponent byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No stack component named '" + id + "'; known: "
                        + Arrays.stream(values()).map(StackComponent::id).toList()));
    }

    static List<StackComponent> services() {
        return Arrays.stream(values()).filter(StackComponent::isService).toList();
    }

    static List<StackComponent> infrastructure() {
        return Arrays.stream(values()).filter(c -> !c.isService()).toList();
    }

    /** A port chosen by an environment variable, with a default. */
    record EnvPort(String component, String variable, int defaultPort) {

        int value() {
            String configured = System.getenv(variable);
            if (configured == null || configured.isBlank()) {
                return defaultPort;
            }
            try {
                int port = Integer.parseInt(configured.trim());
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + "=" + configured + " is not a TCP port");
            }
        }
    }
}
