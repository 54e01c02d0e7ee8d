package org.homecare.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.ProviderEvents.ProviderSuspended;
import org.homecare.contracts.events.Topics;
import org.homecare.contracts.inbox.Inbox;
import org.homecare.contracts.outbox.OutboxWriter;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The outbox and inbox wired into a service: real PostgreSQL, the service's own relay, real Kafka. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class OutboxAndInboxTest {

    @Inject
    OutboxWriter outbox;

    @Inject
    Inbox inbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void an_event_written_in_a_committed_transaction_reaches_kafka_once_and_a_rolled_back_one_never() {
        UUID provider = UUID.randomUUID();
        UUID committed = QuarkusTransaction.requiringNew().call(() -> outbox
                .append(new ProviderSuspended(provider, "licence expired", LocalDate.of(2026, 11, 22))));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(new ProviderSuspended(provider, "never happened", LocalDate.of(2026, 11, 22)));
            throw new IllegalStateException("the use case fails after writing its event");
        })).isInstanceOf(IllegalStateException.class);

        List<EventEnvelope> received = readProviderEventsOf(provider, Duration.ofSeconds(20));

        assertThat(received).extracting(EventEnvelope::id).containsExactly(committed);
        assertThat(committed.version()).as("event ids are time-ordered").isEqualTo(7);
        EventEnvelope event = received.get(0);
        assertThat(event.source()).isEqualTo("provider-service");
        assertThat(event.dataschema()).isEqualTo("ProviderSuspended@1");
        assertThat(EventCodec.data(event, ProviderSuspended.class).reason()).isEqualTo("licence expired");
    }

    @Test
    void writing_an_event_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> outbox.append(new ProviderSuspended(UUID.randomUUID(), "x", LocalDate.EPOCH)))
                .hasMessageContaining("Transaction");
    }

    @Test
    void inbox_recognises_a_redelivered_event_and_forgets_a_rolled_back_one() {
        UUID event = UUID.randomUUID();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("test-consumer", event))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("test-consumer", event)))
                .isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("other-consumer", event)))
                .isTrue();

        UUID failed = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            inbox.firstDelivery("test-consumer", failed);
            throw new IllegalStateException("the effect failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("test-consumer", failed)))
                .as("a delivery whose effect rolled back is processed again").isTrue();
    }

    @Test
    void batch_inbox_answers_only_first_deliveries_and_forgets_a_rolled_back_batch() {
        UUID seen = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> inbox.firstDelivery("batch-consumer", seen));

        assertThat(QuarkusTransaction.requiringNew().call(
                () -> inbox.firstDeliveries("batch-consumer", List.of(seen, fresh, fresh))))
                .as("a redelivery is left out and an id twice in the batch counts once").containsExactly(fresh);
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> inbox.firstDeliveries("batch-consumer", List.of(seen, fresh)))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("batch-consumer", fresh)))
                .isFalse();

        UUID failed = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            inbox.firstDeliveries("batch-consumer", List.of(failed));
            throw new IllegalStateException("the batch's effect failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> inbox.firstDeliveries("batch-consumer", List.of(failed)))).containsExactly(failed);
    }

    private List<EventEnvelope> readProviderEventsOf(UUID provider, Duration wait) {
        List<EventEnvelope> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.PROVIDER));
            long deadline = System.nanoTime() + wait.toNanos();
            // keep reading for the whole wait: a duplicate would arrive after the first copy
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key().equals(provider.toString())) {
                        found.add(EventCodec.decode(record.value()));
                    }
                }
            }
        }
        return found;
    }
}
