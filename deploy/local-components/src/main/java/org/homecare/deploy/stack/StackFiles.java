package org.homecare.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Layout of {@code deploy/.local} for the stack: data, logs, and a pid and port file per running component. */
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

    void recordStarted(StackComponent component, long pid, int port) {
        try {
            Files.createDirectories(runDir());
            Files.writeString(pidFile(component), pid + "\n");
            Files.writeString(portFile(component), port + "\n");
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

    Optional<Integer> port(StackComponent component) {
        return readNumber(portFile(component)).map(Integer::parseInt);
    }

    /** The component's recorded process, if it is still alive and still that component. */
    Optional<ProcessHandle> liveProcess(StackComponent component) {
        return pid(component).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine()
                        .map(command -> command.contains(component.commandLineMarker()))
                        .orElse(true));
    }

    private Path runDir() {
        return local.resolve("run");
    }

    private Path pidFile(StackComponent component) {
        return runDir().resolve(component.id() + ".pid");
    }

    private Path portFile(StackComponent component) {
        return runDir().resolve(component.id() + ".port");
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
