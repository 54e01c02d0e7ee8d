package org.homecare.deploy;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A single-node Apache Kafka broker (KRaft, broker and controller in one) running as a child process. */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final ChildProcess process;
    private final int port;

    private KafkaBroker(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param directory holds {@code server.properties}, {@code log4j.properties} and the {@code data/} log dir;
     *                  an already formatted data dir is reused
     * @param partitions partitions of each service topic and its dead-letter topic
     */
    public static KafkaBroker start(int port, int controllerPort, Path directory, Path logFile,
                                    int partitions, boolean detached) {
        Path libs = libsDirectory();
        Path data = directory.resolve("data");
        Path serverProperties = directory.resolve("server.properties");
        Path log4j = directory.resolve("log4j.properties");
        Path log4j2 = directory.resolve("log4j2.properties");
        try {
            Files.createDirectories(data);
            Files.writeString(serverProperties, serverProperties(port, controllerPort, data));
            Files.writeString(log4j, LOG4J);
            Files.writeString(log4j2, LOG4J2);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Kafka configuration in " + directory, e);
        }
        // Kafka logs through slf4j to reload4j; its log-level controller also touches log4j2, which wants a config too.
        List<String> logging = List.of("-Dlog4j.configuration=" + log4j.toUri(), "-Dlog4j2.configurationFile=" + log4j2.toUri());
        if (!Files.exists(data.resolve("meta.properties"))) {
            formatStorage(libs, logging, serverProperties, directory, logFile);
        }
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(),
                "-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true"));
        command.addAll(logging);
        command.addAll(List.of("-cp", libs + "/*", "kafka.Kafka", serverProperties.toString()));
        ChildProcess process = ChildProcess.start("Kafka", command, Map.of(), directory, logFile, detached);
        KafkaBroker broker = new KafkaBroker(process, port);
        try {
            process.awaitReady(START_TIMEOUT, () -> answers(port));
            KafkaTopics.create(broker.bootstrapServers(), partitions);
        } catch (RuntimeException e) {
            process.stop(Duration.ofSeconds(10));
            throw e;
        }
        return broker;
    }

    /** The broker jars copied by the {@code deploy/kafka-runtime} module. */
    public static Path libsDirectory() {
        Path libs = LocalPaths.cacheDir().resolve("kafka-" + Versions.kafka()).resolve("libs");
        if (!Files.isRegularFile(libs.resolve("kafka_2.13-" + Versions.kafka() + ".jar"))) {
            throw new IllegalStateException("Kafka " + Versions.kafka() + " jars not found in " + libs
                    + "; build them with: ./mvnw -pl deploy/kafka-runtime -am install");
        }
        return libs;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String bootstrapServers() {
        return bootstrapServers(port);
    }

    public static String bootstrapServers(int port) {
        return "127.0.0.1:" + port;
    }

    /** True if a broker on the port answers a metadata request. */
    public static boolean answers(int port) {
        if (!Ports.listening(port)) {
            return false;
        }
        try (Admin admin = KafkaTopics.admin(bootstrapServers(port))) {
            admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    private static void formatStorage(Path libs, List<String> logging, Path serverProperties, Path directory,
                                      Path logFile) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx256m"));
        command.addAll(logging);
        command.addAll(List.of("-cp", libs + "/*", "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString()));
        ChildProcess format = ChildProcess.start("Kafka storage format", command, Map.of(), directory, logFile, false);
        int exit = format.awaitExit(Duration.ofSeconds(60));
        if (exit != 0) {
            throw new IllegalStateException("Kafka storage format failed with exit code " + exit + "\n"
                    + LogTail.of(logFile, 30));
        }
    }

    private static String serverProperties(int port, int controllerPort, Path data) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=10
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=10
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, data);
    }

    private static final String LOG4J = """
            log4j.rootLogger=INFO, stdout
            log4j.appender.stdout=org.apache.log4j.ConsoleAppender
            log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
            log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
            log4j.logger.org.apache.kafka=INFO
            log4j.logger.kafka.request.logger=WARN
            log4j.logger.state.change.logger=WARN
            """;

    private static final String LOG4J2 = """
            status=warn
            appender.stdout.type=Console
            appender.stdout.name=stdout
            appender.stdout.layout.type=PatternLayout
            appender.stdout.layout.pattern=[%d] %p %m (%c)%n
            rootLogger.level=info
            rootLogger.appenderRef.stdout.ref=stdout
            """;
}

