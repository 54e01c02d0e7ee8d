package org.homecare.settlement;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EventCatalog;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.Topics;
import org.homecare.contracts.outbox.OutboxRelay;
import org.homecare.deploy.test.PublishedEvents;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.ProviderEvents.ProviderPayeeChanged;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogCorrected;
import org.homecare.contracts.events.VoucherEvents.ServiceLogHeld;
import org.homecare.contracts.events.VoucherEvents.ServiceLogVoided;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import static org.awaitility.Awaitility.await;

/** Publishes events as the other services would (envelope, key = subject) and reads back what settlement applied. */
public final class TestEvents {

    /** Fixed ids, so every test class in the JVM agrees which provider the dev realm's provider users speak for. */
    public static final UUID PROVIDER_A = UUID.fromString("0a000000-0000-4000-8000-00000000000a");
    public static final UUID PROVIDER_B = UUID.fromString("0b000000-0000-4000-8000-00000000000b");
    public static final String CREDIT_CODE_A = "91340100MA2NHC015G";
    public static final String CREDIT_CODE_B = "91340100MA2NHC023B";

    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    public static EventEnvelope envelope(DomainEvent event) {
        return EventCodec.envelope(UUID.randomUUID(), event, "test", Instant.now());
    }

    /**
     * Sends the envelope as the outbox relay does, with its id and type headers (again, when given the same one: a
     * redelivery) and waits for the broker's ack.
     */
    public static EventEnvelope publish(EventEnvelope envelope) {
        String topic = EventCatalog.classOf(envelope.type()).map(EventCatalog::topicOf).orElseThrow();
        send(topic, envelope.subject(), EventCodec.encode(envelope), envelope.id().toString(), envelope.type());
        return envelope;
    }

    /** A record with the relay's headers, whatever its value says. */
    public static void send(String topic, String key, String value, String idHeader, String typeHeader) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(OutboxRelay.HEADER_ID, idHeader.getBytes(StandardCharsets.UTF_8));
        record.headers().add(OutboxRelay.HEADER_TYPE, typeHeader.getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EventEnvelope publish(DomainEvent event) {
        return publish(envelope(event));
    }

    public static void publishRaw(String topic, String key, String value) throws Exception {
        producer().send(new ProducerRecord<>(topic, key, value)).get();
    }

    private static boolean providersApproved;

    /** Both dev-realm providers approved once per JVM; waits until settlement knows them. */
    public static synchronized void approveDevProviders(EntityManager em) {
        if (!providersApproved) {
            publish(new ProviderApproved(PROVIDER_A, CREDIT_CODE_A, "Provider A 颐养", List.of("340102"),
                    List.of("HOUSEKEEPING"), LocalDate.of(2024, 1, 1)));
            publish(new ProviderApproved(PROVIDER_B, CREDIT_CODE_B, "Provider B, \"Care\"", List.of("340103"),
                    List.of("MEAL"), LocalDate.of(2024, 1, 1)));
            await().atMost(Duration.ofSeconds(60)).until(() -> count(em,
                    "select count(*) from provider_ref where id in ('" + PROVIDER_A + "', '" + PROVIDER_B + "')") == 2);
            providersApproved = true;
        }
    }

    /**
     * Gives the provider a payee account from 2024-01-01 (as provider-service would announce it) and waits until
     * settlement holds it.
     */
    public static void payeeOf(EntityManager em, UUID provider, String accountNumber) {
        long before = count(em, "select count(*) from payee_account where provider_id = '" + provider + "'");
        publish(new ProviderPayeeChanged(provider, "账户 " + provider.toString().substring(0, 4), "中国工商银行合肥分行",
                "102361000018", accountNumber, LocalDate.of(2024, 1, 1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(em,
                "select count(*) from payee_account where provider_id = '" + provider + "'") == before + 1);
    }

    /** An accepted log of the given provider, period and item on a fresh voucher. */
    public static ServiceLogAccepted accepted(UUID provider, String period, String item, long amountFen) {
        return accepted(provider, period, item, amountFen, UUID.randomUUID(), UUID.randomUUID(), "340102",
                LocalDate.parse(period + "-10").atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), 60);
    }

    public static ServiceLogAccepted accepted(UUID provider, String period, String item, long amountFen, UUID elder,
            UUID caregiver, String district, Instant start, int minutes) {
        int units = 1 + ThreadLocalRandom.current().nextInt(3);
        return new ServiceLogAccepted(UUID.randomUUID(), "PL-" + UUID.randomUUID(), provider, elder,
                UUID.randomUUID(), caregiver, item, "HOUSEKEEPING", district, units, amountFen / units, amountFen,
                start.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(), start, start.plusSeconds(60L * minutes),
                period, start.plusSeconds(3600));
    }

    public static ServiceLogVoided voidOf(ServiceLogAccepted log) {
        return new ServiceLogVoided(log.serviceLogId(), log.providerLogId(), log.providerId(), log.elderId(),
                log.voucherId(), log.itemCode(), log.amountFen(), log.period(), "entered twice",
                log.acceptedAt().plusSeconds(60));
    }

    /** The log as voucher-service holds it on a visit exception, before its accept (if one ever comes). */
    public static ServiceLogHeld heldOf(ServiceLogAccepted log) {
        return new ServiceLogHeld(log.serviceLogId(), log.providerLogId(), log.providerId(), log.elderId(),
                log.voucherId(), log.itemCode(), log.amountFen(), log.serviceDate(), log.period(),
                List.of("LOCATION_MISMATCH"), log.acceptedAt().minusSeconds(600));
    }

    /** Says that {@code replacement} corrects {@code original}; the money moves by the void and the accept. */
    public static ServiceLogCorrected correction(ServiceLogAccepted original, ServiceLogAccepted replacement) {
        return new ServiceLogCorrected(replacement.serviceLogId(), original.serviceLogId(),
                replacement.providerLogId(), replacement.providerId(), replacement.voucherId(), 2, "wrong item",
                List.of("itemCode"), replacement.period(), replacement.acceptedAt());
    }

    /** Another accepted log on the same voucher, so on the same partition, consumed after what came before it. */
    public static ServiceLogAccepted onSameVoucher(ServiceLogAccepted log, String item, long amountFen) {
        return new ServiceLogAccepted(UUID.randomUUID(), "PL-" + UUID.randomUUID(), log.providerId(), log.elderId(),
                log.voucherId(), log.caregiverId(), item, log.category(), log.districtCode(), 1, amountFen, amountFen,
                log.serviceDate(), log.startTime().plusSeconds(7200), log.endTime().plusSeconds(7200), log.period(),
                log.acceptedAt().plusSeconds(7200));
    }

    public static long count(EntityManager em, String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /**
     * How many events of this type, whose JSON contains the text, settlement published on settlement.v1: counted on
     * Kafka once no outbox row containing the text is left (of any type: a row bundling several events has the first
     * one's type), so a second copy would be counted too.
     */
    public static long published(EntityManager em, String type, String containing) {
        String pending = "select count(*) from outbox_event where payload like '%" + containing + "%'";
        return PublishedEvents.on(Topics.SETTLEMENT, () -> count(em, pending) == 0,
                p -> type.equals(p.type()) && p.payload().contains(containing)).size();
    }

    @SuppressWarnings("unchecked")
    public static List<Object> rows(EntityManager em, String sql) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getResultList());
    }

    /**
     * Waits until settlement has applied every one of these event ids: in its inbox, or (log events) on the row the
     * event changed.
     */
    public static void awaitApplied(EntityManager em, List<EventEnvelope> events) {
        List<UUID> ids = events.stream().map(EventEnvelope::id).distinct().toList();
        String in = String.join("','", ids.stream().map(UUID::toString).toList());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> count(em, """
                select count(distinct id) from (
                    select event_id as id from inbox_event where event_id in ('%1$s')
                    union all select accept_event_id from service_log where accept_event_id in ('%1$s')
                    union all select void_event_id from service_log where void_event_id in ('%1$s')
                    union all select event_id from rejected_log where event_id in ('%1$s')) applied"""
                .formatted(in)) == ids.size());
    }
}
