package org.homecare.voucher.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.Topics;
import org.homecare.deploy.test.PublishedEvents;
import org.homecare.deploy.test.PublishedEvents.Published;


import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Publishes events the way the other services' relays do: an envelope keyed by its subject, on the event's topic. */
public final class TestEvents {

    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    public static EventEnvelope publish(DomainEvent event) {
        return publish(UUID.randomUUID(), event);
    }

    /** With a fixed id: publishing it again is a redelivery. */
    public static EventEnvelope publish(UUID eventId, DomainEvent event) {
        EventEnvelope envelope = EventCodec.envelope(eventId, event, "test", Instant.now());
        send(event.topic(), envelope.subject(), EventCodec.encode(envelope));
        return envelope;
    }

    public static void send(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + topic, e.getCause());
        }
    }

    public static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /**
     * The events of this type, whose JSON contains the text, voucher-service published on voucher.v1: read from Kafka
     * once no outbox row containing the text is left (of any type: a row bundling several events has the first one's
     * type), so a second copy would be there too.
     */
    public static List<Published> published(EntityManager em, String type, String containing) {
        return PublishedEvents.on(Topics.VOUCHER, () -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where payload like ?1")
                        .setParameter(1, "%" + containing + "%").getSingleResult())
                        .longValue() == 0),
                p -> type.equals(p.type()) && p.payload().contains(containing));
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
