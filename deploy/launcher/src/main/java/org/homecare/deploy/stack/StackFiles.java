package org.homecare.deploy.stack;

import org.homecare.deploy.ProcessTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Layout of {@code deploy/.local} for the stack: data, logs, and a pid and port file per started component. The files
 * stay until the stack stops the component, so a component whose process is gone is seen as died, not as stopped.
 */
final class StackFiles {

    private final Path root;
    private final Path local;

    StackFiles(Path repositoryRoot, Path localDir) {
        this.root = repositoryRoot;
        this.local = localDir;
    }

    Path repositoryRoot() {
        return root;
    }

    Path dataDir() {
        return local.resolve("data");
    }

    Path log(StackComponent component) {
        return local.resolve("logs").resolve(component.id() + ".log");
    }

    Path serviceJar(StackComponent service) {
        return root.resolve(service.id()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Shown to people: relative to the repository root. */
    String display(Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }

    Path postgresDataDir() {
        return dataDir().resolve("postgres");
    }

    Path kafkaDir() {
        return dataDir().resolve("kafka");
    }

    Path runDir() {
        return local.resolve("run");
    }

    void recordStarted(StackComponent component, long pid, StackPorts.Assigned ports) {
        try {
            Files.createDirectories(runDir());
            Files.writeString(pidFile(component), pid + "\n");
            Files.writeString(portFile(component), ports.main() + "\n"
                    + (ports.secondary() > 0 ? ports.secondary() + "\n" : ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forget(StackComponent component) {
        try {
            Files.deleteIfExists(pidFile(component));
            Files.deleteIfExists(portFile(component));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Long> pid(StackComponent component) {
        return readNumber(pidFile(component)).map(Long::parseLong);
    }

    /** True while the stack holds a record of having started the component (until it stops it). */
    boolean hasRecord(StackComponent component) {
        return Files.isRegularFile(pidFile(component));
    }

    /** The port the component was started on. */
    Optional<Integer> port(StackComponent component) {
        return portLine(component, 0);
    }

    /** Kafka's controller port, Keycloak's management port. */
    Optional<Integer> secondaryPort(StackComponent component) {
        return portLine(component, 1);
    }

    /** The component's recorded process, if it is still alive and still that component. */
    Optional<ProcessHandle> liveProcess(StackComponent component) {
        return pid(component).flatMap(ProcessHandle::of)
                .filter(ProcessTree::isRunning)
                .filter(process -> process.info().commandLine()
                        .map(command -> command.contains(component.commandLineMarker()))
                        .orElse(true));
    }

    private Path pidFile(StackComponent component) {
        return runDir().resolve(component.id() + ".pid");
    }

    private Path portFile(StackComponent component) {
        return runDir().resolve(component.id() + ".port");
    }

    private Optional<Integer> portLine(StackComponent component, int line) {
        Path file = portFile(component);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Files.readAllLines(file).stream().skip(line).findFirst().map(String::trim)
                    .filter(value -> value.matches("\\d+")).map(Integer::parseInt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> readNumber(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String content = Files.readString(file).trim();
            return content.matches("\\d+") ? Optional.of(content) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
