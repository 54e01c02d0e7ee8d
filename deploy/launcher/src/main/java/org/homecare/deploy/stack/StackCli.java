package org.homecare.deploy.stack;

import org.homecare.deploy.Directories;
import org.homecare.deploy.KeycloakServer;
import org.homecare.deploy.LocalPaths;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The commands behind {@code deploy/stack}. */
public final class StackCli {

    private static final String USAGE =
            "usage: deploy/stack up|down|status|restart NAME|reset|clock <instant>|demo|kafka TOOL [args...]";

    // The Kafka admin clients of the health probes would print their whole configuration at INFO. A field: JUL
    // holds loggers weakly, and a collected one would forget the level.
    private static final Logger KAFKA_CLIENTS = Logger.getLogger("org.apache.kafka");

    private StackCli() {
    }

    /** @return the process exit code */
    public static int run(String... args) {
        KAFKA_CLIENTS.setLevel(Level.WARNING);
        StackFiles files = new StackFiles(LocalPaths.repositoryRoot(), LocalPaths.localDir());
        String command = args.length == 0 ? "" : args[0];
        try {
            return switch (command) {
                case "up" -> new StackUp(files, selectedServices()).run();
                case "preflight" -> new StackUp(files, selectedServices()).preflight();
                case "down" -> {
                    new StackDown(files).run();
                    System.out.println("The local stack is stopped.");
                    yield 0;
                }
                case "status" -> new StackStatus(files).print();
                case "restart" -> {
                    if (args.length != 2) {
                        System.err.println("usage: deploy/stack restart NAME, NAME one of "
                                + Arrays.stream(StackComponent.values()).map(StackComponent::id).toList());
                        yield 2;
                    }
                    yield new StackRestart(files).restart(StackComponent.byId(args[1]));
                }
                case "kafka" -> new StackKafka(files).run(Arrays.asList(args).subList(1, args.length));
                case "reset" -> reset(files);
                case "clock" -> {
                    if (args.length != 2) {
                        System.err.println("usage: deploy/stack clock <instant>, e.g. 2026-12-01T00:00:00Z");
                        yield 2;
                    }
                    yield new StackClock(files).set(args[1]);
                }
                default -> {
                    System.err.println(USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private static int reset(StackFiles files) {
        new StackDown(files).run();
        try {
            Directories.deleteTree(files.dataDir());
            Path keycloakData = KeycloakServer.installationDirectory(StackUp.KEYCLOAK_INSTANCE).resolve("data");
            Directories.deleteTree(keycloakData);
        } catch (IOException e) {
            System.err.println("Cannot wipe the stack data: " + e.getMessage());
            return 1;
        }
        System.out.println("The local stack is stopped and its data wiped (downloads kept in deploy/.local/cache).");
        return 0;
    }

    /** {@code STACK_SERVICES=provider-service,voucher-service} starts a subset, {@code none} only the infrastructure. */
    static List<StackComponent> selectedServices() {
        String selection = System.getenv("STACK_SERVICES");
        if (selection == null || selection.isBlank()) {
            return StackComponent.services();
        }
        if (selection.trim().equals("none")) {
            return List.of();
        }
        List<String> wanted = Arrays.stream(selection.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        List<StackComponent> services = StackComponent.services().stream().filter(s -> wanted.contains(s.id())).toList();
        if (services.size() != wanted.size()) {
            throw new IllegalArgumentException("STACK_SERVICES=" + selection + " names an unknown service; known: "
                    + StackComponent.services().stream().map(StackComponent::id).toList());
        }
        return services;
    }
}
