package org.homecare.deploy;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The services' topics, created explicitly so each has enough partitions for parallel consumers. */
public final class KafkaTopics {

    public static final List<String> SERVICE_TOPICS =
            List.of("eligibility.v1", "provider.v1", "voucher.v1", "settlement.v1");
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private KafkaTopics() {
    }

    /** Creates every service topic and its dead-letter topic that does not exist yet. */
    public static void create(String bootstrapServers, int partitions) {
        try (Admin admin = admin(bootstrapServers)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = SERVICE_TOPICS.stream()
                    .flatMap(topic -> Stream.of(topic, topic + DEAD_LETTER_SUFFIX))
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList();
            for (var creation : admin.createTopics(missing).values().values()) {
                try {
                    creation.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Cannot create the Kafka topics on " + bootstrapServers, e);
        }
    }

    static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    }
}
