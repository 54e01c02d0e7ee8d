package org.homecare.eligibility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.Topics;

/** Reads eligibility.v1 from the start (read_committed) and keeps the events whose key is one of the elders. */
public final class EligibilityTopic {

    /** Keeps reading for the whole wait: a duplicate would arrive after the first copy. */
    public static List<EventEnvelope> eventsOf(String bootstrapServers, Set<UUID> elders, Duration wait) {
        Set<String> keys = new java.util.HashSet<>();
        elders.forEach(id -> keys.add(id.toString()));
        List<EventEnvelope> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "eligibility-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ELIGIBILITY));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(record.key())) {
                        found.add(EventCodec.decode(record.value()));
                    }
                }
            }
        }
        return found;
    }

    private EligibilityTopic() {
    }
}
