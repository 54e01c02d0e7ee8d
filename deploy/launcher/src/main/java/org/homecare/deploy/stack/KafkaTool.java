package org.homecare.deploy.stack;

import org.homecare.deploy.ChildProcess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Kafka command-line tool, named as its {@code kafka-<name>.sh} script is, run from the jars that
 * {@code deploy/kafka-runtime} copies (the tools come from {@code org.apache.kafka:kafka-tools}).
 */
record KafkaTool(String name, String mainClass) {

    static final List<KafkaTool> ALL = List.of(
            new KafkaTool("topics", "org.apache.kafka.tools.TopicCommand"),
            new KafkaTool("consumer-groups", "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand"),
            new KafkaTool("get-offsets", "org.apache.kafka.tools.GetOffsetShell"),
            new KafkaTool("console-consumer", "org.apache.kafka.tools.consumer.ConsoleConsumer"),
            new KafkaTool("console-producer", "org.apache.kafka.tools.ConsoleProducer"),
            new KafkaTool("configs", "kafka.admin.ConfigCommand"),
            new KafkaTool("delete-records", "org.apache.kafka.tools.DeleteRecordsCommand"),
            new KafkaTool("transactions", "org.apache.kafka.tools.TransactionsCommand"),
            new KafkaTool("log-dirs", "org.apache.kafka.tools.LogDirsCommand"),
            new KafkaTool("metadata-quorum", "org.apache.kafka.tools.MetadataQuorumCommand"),
            new KafkaTool("groups", "org.apache.kafka.tools.GroupsCommand"),
            new KafkaTool("consumer-perf-test", "org.apache.kafka.tools.ConsumerPerformance"),
            new KafkaTool("broker-api-versions", "org.apache.kafka.tools.BrokerApiVersionsCommand"));

    static Optional<KafkaTool> named(String name) {
        String plain = name.replaceFirst("^kafka-", "").replaceFirst("\\.sh$", "");
        return ALL.stream().filter(tool -> tool.name.equals(plain)).findFirst();
    }

    static List<String> names() {
        return ALL.stream().map(KafkaTool::name).toList();
    }

    /**
     * The tool's command line against the broker, with {@code --bootstrap-server} added unless the arguments name a
     * server or controller themselves.
     *
     * @param log4jConfiguration keeps the tools' client logging (their whole configuration at INFO) off the output
     */
    List<String> command(Path libs, String bootstrapServers, Path log4jConfiguration, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx512m",
                "-Dlog4j.configuration=" + log4jConfiguration.toUri(),
                "-cp", libs + "/*", mainClass));
        boolean namesServer = arguments.stream().anyMatch(a -> a.startsWith("--bootstrap-server")
                || a.startsWith("--bootstrap-controller"));
        boolean asksForHelp = arguments.stream().anyMatch(a -> a.equals("--help") || a.equals("--version"));
        if (!namesServer && !asksForHelp) {
            command.addAll(List.of("--bootstrap-server", bootstrapServers));
        }
        command.addAll(arguments);
        return command;
    }

    static final String LOG4J = """
            log4j.rootLogger=WARN, stderr
            log4j.appender.stderr=org.apache.log4j.ConsoleAppender
            log4j.appender.stderr.Target=System.err
            log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
            log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
            """;
}
