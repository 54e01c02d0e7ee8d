package org.homecare.deploy.stack;

import org.homecare.deploy.KafkaBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code deploy/stack kafka <tool> [args...]}: a Kafka command-line tool against the stack's broker. */
final class StackKafka {

    private final StackFiles files;

    StackKafka(StackFiles files) {
        this.files = files;
    }

    /** @return the tool's exit code */
    int run(List<String> args) {
        Optional<KafkaTool> tool = args.isEmpty() ? Optional.empty() : KafkaTool.named(args.get(0));
        if (tool.isEmpty()) {
            System.err.println("usage: deploy/stack kafka <tool> [args...], e.g. deploy/stack kafka topics --list");
            System.err.println("tools (--bootstrap-server is added): " + String.join(", ", KafkaTool.names()));
            return 2;
        }
        if (files.liveProcess(StackComponent.KAFKA).isEmpty()) {
            System.err.println("Kafka of the local stack is not running (deploy/stack status; deploy/stack up).");
            return 1;
        }
        String bootstrap = KafkaBroker.bootstrapServers(new StackPorts(files).current(StackComponent.KAFKA));
        List<String> command = tool.get().command(KafkaBroker.libsDirectory(), bootstrap, log4jConfiguration(),
                args.subList(1, args.size()));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            return process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private Path log4jConfiguration() {
        Path file = files.runDir().resolve("kafka-tools-log4j.properties");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, KafkaTool.LOG4J);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
