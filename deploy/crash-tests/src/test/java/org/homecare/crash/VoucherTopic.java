package org.homecare.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/** voucher.v1 as Kafka holds it, and settlement-service's consumer group on it. */
final class VoucherTopic {

    static final String TOPIC = "voucher.v1";
    static final String SETTLEMENT_GROUP = "settlement-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;

    VoucherTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** How many committed ServiceLogAccepted events each service log has on the topic, read from the start. */
    Map<UUID, Integer> acceptedEventsByLog() {
        Map<UUID, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + TOPIC + " to its end within 2 minutes");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = parse(record.value());
                    if ("ServiceLogAccepted".equals(event.path("type").asText())) {
                        counts.merge(UUID.fromString(event.path("data").path("serviceLogId").asText()), 1,
                                Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /**
     * True once settlement-service's group has committed every record of every partition. The relay writes in Kafka
     * transactions, so a partition ends with a commit marker that takes an offset no consumer commits past.
     */
    boolean settlementCaughtUp() {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(SETTLEMENT_GROUP)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            var ends = admin.listOffsets(partitions(admin).stream().collect(Collectors.toMap(Function.identity(),
                    p -> OffsetSpec.latest()))).all().get(10, TimeUnit.SECONDS);
            return ends.entrySet().stream().allMatch(end -> {
                OffsetAndMetadata position = committed.get(end.getKey());
                return end.getValue().offset() == 0
                        || position != null && position.offset() >= end.getValue().offset() - 1;
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of " + SETTLEMENT_GROUP, e);
        }
    }

    /** True if settlement-service's group has committed nothing on voucher.v1 (just rewound, not yet consumed). */
    boolean settlementAtStart() {
        try (Admin admin = admin()) {
            return admin.listConsumerGroupOffsets(SETTLEMENT_GROUP).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS).entrySet().stream()
                    .filter(entry -> entry.getKey().topic().equals(TOPIC))
                    .allMatch(entry -> entry.getValue().offset() == 0);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of " + SETTLEMENT_GROUP, e);
        }
    }

    private static List<TopicPartition> partitions(Admin admin) throws Exception {
        return admin.describeTopics(List.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS).get(TOPIC)
                .partitions().stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
    }

    /** Moves settlement-service's committed offsets on voucher.v1 back to the start; the group must be empty. */
    void rewindSettlement() {
        try (Admin admin = admin()) {
            var earliest = admin.listOffsets(partitions(admin).stream().collect(Collectors.toMap(Function.identity(),
                    p -> OffsetSpec.earliest()))).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            earliest.forEach((partition, offset) -> start.put(partition, new OffsetAndMetadata(offset.offset())));
            admin.alterConsumerGroupOffsets(SETTLEMENT_GROUP, start).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot rewind " + SETTLEMENT_GROUP + " on " + TOPIC, e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON on " + TOPIC + ": " + json, e);
        }
    }
}
