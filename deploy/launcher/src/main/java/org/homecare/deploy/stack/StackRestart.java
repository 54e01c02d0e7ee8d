package org.homecare.deploy.stack;

import org.homecare.deploy.Ports;

import java.util.ArrayList;
import java.util.List;

/**
 * Stops one component if it runs (SIGTERM, SIGKILL after a grace period) and starts it again on the ports it ran on,
 * with its data, waiting until it answers. Its clients reconnect by themselves.
 */
final class StackRestart {

    private final StackFiles files;

    StackRestart(StackFiles files) {
        this.files = files;
    }

    /** @return the process exit code */
    int restart(StackComponent component) {
        if (component.isService() && !files.serviceJar(component).toFile().isFile()) {
            System.err.println(files.display(files.serviceJar(component))
                    + " is missing; build it with ./mvnw -DskipTests install");
            return 1;
        }
        StackPorts.Assigned ports = new StackPorts(files).lastUsed(component);
        ComponentStatus before = new ComponentProbe(files).inspect(component);
        System.out.printf("Restarting %s (%s%s) ...%n", component.id(), before.label(),
                before.note().isEmpty() ? "" : ": " + before.note());
        new StackDown(files).stop(component);
        List<String> taken = takenPorts(component, ports);
        if (!taken.isEmpty()) {
            taken.forEach(System.err::println);
            return 1;
        }
        long begin = System.nanoTime();
        try {
            new ComponentLauncher(files).start(component, ports);
        } catch (RuntimeException e) {
            System.err.println(component.id() + " did not start: " + StackUp.rootMessage(e));
            new StackDown(files).stop(component);
            return 1;
        }
        ComponentStatus after = new ComponentProbe(files).inspect(component);
        System.out.printf("  %-20s %s in %.1f s (pid %s, port %d)%n", component.id(), after.label(),
                (System.nanoTime() - begin) / 1e9, after.pid().map(String::valueOf).orElse("-"), after.port());
        return after.running() && after.healthy() ? 0 : 1;
    }

    private static List<String> takenPorts(StackComponent component, StackPorts.Assigned ports) {
        List<String> problems = new ArrayList<>();
        check(problems, ports.main(), component.port());
        if (component.secondaryPort() != null) {
            check(problems, ports.secondary(), component.secondaryPort());
        }
        return problems;
    }

    private static void check(List<String> problems, int port, StackComponent.EnvPort variable) {
        try {
            Ports.requireFree(port, variable.component(), variable.variable());
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
        }
    }
}
