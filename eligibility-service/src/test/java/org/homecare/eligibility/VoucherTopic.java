package org.homecare.eligibility;

import java.time.Instant;
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

/** Publishes events as voucher-service would, for the consumers of voucher.v1 here. */
public final class VoucherTopic {

    private VoucherTopic() {
    }

    /** With a fixed id: publishing it again is a redelivery. */
    public static void publish(UUID eventId, DomainEvent event) {
        EventEnvelope envelope = EventCodec.envelope(eventId, event, "test", Instant.now());
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(event.topic(), envelope.subject(), EventCodec.encode(envelope))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + event.topic(), e.getCause());
        }
    }
}
