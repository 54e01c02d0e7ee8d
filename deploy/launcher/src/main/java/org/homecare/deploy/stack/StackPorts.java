package org.homecare.deploy.stack;

/**
 * The ports of the stack's components. {@code up} starts a component on the ports its variables choose; {@code restart}
 * on the ones it ran on, so its clients find it again; clients connect to what runs.
 */
final class StackPorts {

    /** @param secondary Kafka's controller or Keycloak's management port, 0 for components with one port */
    record Assigned(int main, int secondary) {
    }

    private final StackFiles files;

    StackPorts(StackFiles files) {
        this.files = files;
    }

    /** From the port variables (or their defaults). */
    Assigned configured(StackComponent component) {
        StackComponent.EnvPort secondary = component.secondaryPort();
        return new Assigned(component.port().value(), secondary == null ? 0 : secondary.value());
    }

    /** The ports the component was last started on, where recorded; otherwise as configured. */
    Assigned lastUsed(StackComponent component) {
        Assigned configured = configured(component);
        return new Assigned(files.port(component).orElse(configured.main()),
                files.secondaryPort(component).orElse(configured.secondary()));
    }

    /** Where clients reach the component: where it runs, or else where it would be started. */
    int current(StackComponent component) {
        return files.port(component).orElseGet(() -> component.port().value());
    }
}
