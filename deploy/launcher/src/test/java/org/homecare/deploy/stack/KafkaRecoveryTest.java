package org.homecare.deploy.stack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.homecare.deploy.KafkaBroker;
import org.homecare.deploy.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.homecare.deploy.stack.PostgresRecoveryTest.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stack's Kafka broker in a temporary directory; one broker for the class, killed and restarted last. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaRecoveryTest {

    @TempDir
    static Path directory;
    static StackFiles files;
    static StackPorts.Assigned ports;

    @BeforeAll
    static void startKafka() {
        files = new StackFiles(directory, directory.resolve(".local"));
        ports = new StackPorts.Assigned(Ports.freePort(), Ports.freePort());
        new ComponentLauncher(files).start(StackComponent.KAFKA, ports);
    }

    @AfterAll
    static void stopKafka() {
        new StackDown(files).stop(StackComponent.KAFKA);
    }

    @Test
    @Order(1)
    void the_topics_tool_lists_the_stack_topics_from_the_stack_broker() throws Exception {
        Path output = directory.resolve("topics.out");
        List<String> command = KafkaTool.named("topics").orElseThrow().command(KafkaBroker.libsDirectory(),
                KafkaBroker.bootstrapServers(ports.main()), writeLog4j(), List.of("--describe", "--topic", "voucher.v1"));
        Process tool = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();

        assertTrue(tool.waitFor(50, TimeUnit.SECONDS), "the tool did not finish");
        String described = Files.readString(output);
        assertEquals(0, tool.exitValue(), described);
        assertTrue(described.contains("PartitionCount: " + ComponentLauncher.TOPIC_PARTITIONS), described);
    }

    @Test
    @Order(2)
    void status_reports_kafka_died_when_the_broker_is_killed_and_restart_brings_back_its_records() {
        send("acknowledged");
        ProcessHandle broker = files.liveProcess(StackComponent.KAFKA).orElseThrow();
        broker.destroyForcibly();
        assertTrue(eventually(Duration.ofSeconds(10), () -> !broker.isAlive()));

        assertEquals(ComponentStatus.State.DIED, new ComponentProbe(files).inspect(StackComponent.KAFKA).state());

        assertEquals(0, new StackRestart(files).restart(StackComponent.KAFKA));
        ComponentStatus status = new ComponentProbe(files).inspect(StackComponent.KAFKA);
        assertTrue(status.running() && status.healthy(), status.toString());
        assertEquals(ports.main(), status.port());
        assertEquals(List.of("acknowledged"), readAll());
    }

    private static void send(String value) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(ports.main()),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("voucher.v1", 0, "v-1", value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not produce", e);
        }
    }

    private static List<String> readAll() {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(ports.main())),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition("voucher.v1", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    private static Path writeLog4j() throws Exception {
        Path file = directory.resolve("tools-log4j.properties");
        Files.writeString(file, KafkaTool.LOG4J);
        return file;
    }
}
