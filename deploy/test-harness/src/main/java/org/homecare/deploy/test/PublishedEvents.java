package org.homecare.deploy.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a service under test has published on Kafka, for tests that check an event went out exactly once. The outbox
 * relay deletes a row once Kafka committed it, so a test first waits until the rows it cares about have left the
 * outbox ({@code nothingPending}) and then reads the topic, committed records only, from the start to its end: a
 * second copy written by the code under test would be there too.
 */
public final class PublishedEvents {

    /** One record as the relay published it: key, {@code ce_type} header and the envelope's JSON text. */
    public record Published(String key, String type, String payload) {
    }

    private static final Duration RELAY_WAIT = Duration.ofSeconds(60);

    private PublishedEvents() {
    }

    /** The records of {@code topic} that match, once {@code nothingPending} holds (waits up to a minute for it). */
    public static List<Published> on(String topic, BooleanSupplier nothingPending, Predicate<Published> matching) {
        long deadline = System.nanoTime() + RELAY_WAIT.toNanos();
        while (!nothingPending.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox relay did not publish the pending events within " + RELAY_WAIT);
            }
            sleep();
        }
        return readToEnd(topic).stream().filter(matching).toList();
    }

    /**
     * Everything committed on the topic so far. One consumer per topic stays open for the JVM and reads on from where
     * it stopped: test classes ask many times, and reading a busy topic from the start each time added up.
     */
    private static synchronized List<Published> readToEnd(String topic) {
        String servers = bootstrapServers();
        TopicLog log = LOGS.computeIfAbsent(servers + " " + topic, key -> new TopicLog(servers, topic));
        log.readToEnd();
        return List.copyOf(log.records);
    }

    private static final Map<String, TopicLog> LOGS = new HashMap<>();

    private static final class TopicLog {

        final KafkaConsumer<String, String> consumer;
        final List<TopicPartition> partitions;
        final List<Published> records = new ArrayList<>();

        TopicLog(String servers, String topic) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                    ConsumerConfig.GROUP_ID_CONFIG, "published-events-" + UUID.randomUUID(),
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                    new StringDeserializer(), new StringDeserializer());
            partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        void readToEnd() {
            long deadline = System.nanoTime() + RELAY_WAIT.toNanos();
            // with read_committed the end offsets are the last stable ones: everything committed so far
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + partitions + " to the end within " + RELAY_WAIT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Header type = record.headers().lastHeader("ce_type"); // OutboxRelay.HEADER_TYPE
                    records.add(new Published(record.key(),
                            type == null ? null : new String(type.value(), StandardCharsets.UTF_8), record.value()));
                }
            }
        }
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the outbox relay", e);
        }
    }
}
