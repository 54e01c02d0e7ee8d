package org.homecare.deploy.stack;

import org.homecare.deploy.HttpProbe;
import org.homecare.deploy.KafkaBroker;
import org.homecare.deploy.KeycloakServer;
import org.homecare.deploy.PostgresServer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Finds each component's real process and asks it whether it answers: for PostgreSQL the postmaster (not its Java
 * launcher) and a login to every service database, for Kafka a metadata request, for Keycloak the realm's OpenID
 * configuration, for a service its readiness endpoint.
 */
final class ComponentProbe {

    static final List<String> DATABASES = StackComponent.services().stream().map(StackComponent::database).toList();

    private final StackFiles files;
    private final StackPorts ports;

    ComponentProbe(StackFiles files) {
        this.files = files;
        this.ports = new StackPorts(files);
    }

    /** Every component, probed in parallel (a probe of something hung waits for its timeout). */
    List<ComponentStatus> inspectAll() {
        ExecutorService probes = Executors.newFixedThreadPool(StackComponent.values().length);
        try {
            List<CompletableFuture<ComponentStatus>> all = Arrays.stream(StackComponent.values())
                    .map(component -> CompletableFuture.supplyAsync(() -> inspect(component), probes))
                    .toList();
            return all.stream().map(CompletableFuture::join).toList();
        } finally {
            probes.shutdown();
        }
    }

    ComponentStatus inspect(StackComponent component) {
        return component == StackComponent.POSTGRES ? postgres() : process(component);
    }

    private ComponentStatus postgres() {
        StackComponent postgres = StackComponent.POSTGRES;
        int port = ports.current(postgres);
        Optional<ProcessHandle> launcher = files.liveProcess(postgres);
        Optional<ProcessHandle> postmaster = PostgresServer.postmaster(files.postgresDataDir());
        if (launcher.isPresent() && postmaster.isPresent()) {
            boolean healthy = PostgresServer.accepts(port, DATABASES);
            return new ComponentStatus(postgres, ComponentStatus.State.RUNNING, healthy, Optional.of(postmaster.get().pid()),
                    port, "launcher pid " + launcher.get().pid() + (healthy ? "" : "; not accepting connections"));
        }
        if (launcher.isPresent()) {
            Optional<Long> recorded = PostgresServer.postmasterPid(files.postgresDataDir());
            if (recorded.isEmpty()) {
                // initdb and the first start run before the postmaster writes its pid file.
                return new ComponentStatus(postgres, ComponentStatus.State.RUNNING, false, Optional.of(launcher.get().pid()),
                        port, "launcher starting PostgreSQL");
            }
            return new ComponentStatus(postgres, ComponentStatus.State.DIED, false, Optional.of(recorded.get()), port,
                    "postmaster pid " + recorded.get() + " is gone; its launcher (pid " + launcher.get().pid()
                            + ") still runs");
        }
        if (postmaster.isPresent()) {
            return new ComponentStatus(postgres, ComponentStatus.State.DIED, false, Optional.of(postmaster.get().pid()),
                    port, "launcher is gone; its postmaster still runs, orphaned");
        }
        return goneOrStopped(postgres, port, "launcher pid %d and its postmaster are gone");
    }

    private ComponentStatus process(StackComponent component) {
        int port = ports.current(component);
        Optional<ProcessHandle> process = files.liveProcess(component);
        if (process.isPresent()) {
            boolean healthy = answers(component, port);
            return new ComponentStatus(component, ComponentStatus.State.RUNNING, healthy, Optional.of(process.get().pid()),
                    port, healthy ? "" : "not answering on port " + port);
        }
        return goneOrStopped(component, port, "pid %d is gone");
    }

    private ComponentStatus goneOrStopped(StackComponent component, int port, String gone) {
        if (!files.hasRecord(component)) {
            return new ComponentStatus(component, ComponentStatus.State.STOPPED, false, Optional.empty(), port, "");
        }
        Optional<Long> pid = files.pid(component);
        return new ComponentStatus(component, ComponentStatus.State.DIED, false, pid, port,
                pid.map(p -> gone.formatted(p)).orElse("unreadable pid file"));
    }

    static boolean answers(StackComponent component, int port) {
        return switch (component) {
            case POSTGRES -> PostgresServer.accepts(port, DATABASES);
            case KAFKA -> KafkaBroker.answers(port);
            case KEYCLOAK -> HttpProbe.answersOk(KeycloakServer.realmUrl(port) + "/.well-known/openid-configuration");
            default -> HttpProbe.answersOk("http://localhost:" + port + "/q/health/ready");
        };
    }
}
