package org.homecare.settlement.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.Topics;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not a test: a benchmark that prints figures, run on demand (its name does not match surefire's test patterns):
 * {@code ./mvnw -pl settlement-service verify -Dtest=SettlementBenchmark -Dbenchmark.events=10000,50000
 * -Dbenchmark.rows=100000,1000000}. Each figure has its plain baseline measured in the same run on the same data; the
 * only assertions check that the figures are about correct results.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class SettlementBenchmark {

    private static final String CONSUMER = "settlement-service:voucher.v1";
    private static final String[] ITEMS = { "HK01", "HK02", "HK03", "HK04", "MEAL01", "MEAL02", "REHAB01" };

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void prints_consumption_and_close_figures() {
        List<String> lines = new ArrayList<>();
        lines.add("(a) ServiceLogAccepted consumed and applied, vs a plain KafkaConsumer reading the same records");
        lines.add(String.format("%10s %14s %16s %10s", "events", "settlement/s", "plain consumer/s", "fraction"));
        int run = 0;
        for (int events : sizes("benchmark.events", "2000,10000,50000")) {
            double[] figures = consumption(events, String.format("2017-%02d", ++run));
            lines.add(String.format("%10d %14.0f %16.0f %9.1f%%", events, figures[0], figures[1],
                    100 * figures[0] / figures[1]));
        }
        lines.add("(b) period close (statements built) vs plain SQL GROUP BY provider, item over the same rows");
        lines.add(String.format("%10s %12s %12s %14s %8s %10s", "logs", "seed s", "close ms", "group by ms",
                "ratio", "statements"));
        run = 0;
        for (int rows : sizes("benchmark.rows", "100000,1000000")) {
            lines.add(close(rows, String.format("2016-%02d", ++run)));
        }
        System.out.println("\n===== settlement-service benchmark =====");
        lines.forEach(System.out::println);
        System.out.println("========================================\n");
    }

    /** @return {settlement events/s, plain consumer events/s} */
    private double[] consumption(int events, String period) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(events);
        Instant start = Instant.parse(period + "-10T01:00:00Z");
        for (int i = 0; i < events; i++) {
            UUID voucher = UUID.randomUUID();
            ServiceLogAccepted e = new ServiceLogAccepted(UUID.randomUUID(), "B-" + i,
                    providerUuid(i % 200), UUID.randomUUID(), voucher, UUID.randomUUID(), ITEMS[i % ITEMS.length],
                    "HOUSEKEEPING", "340102", 1, 3_000 + i % 7, 3_000 + i % 7,
                    start.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(), start, start.plusSeconds(3600), period,
                    start.plusSeconds(7200));
            records.add(new ProducerRecord<>(Topics.VOUCHER, voucher.toString(),
                    EventCodec.encode(EventCodec.envelope(UUID.randomUUID(), e, "benchmark", Instant.now()))));
        }
        long appliedBefore = count("select count(*) from inbox_event where consumer = '" + CONSUMER + "'");
        Map<TopicPartition, Long> from = endOffsets();

        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.BATCH_SIZE_CONFIG, 262_144),
                new StringSerializer(), new StringSerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
        while (count("select count(*) from inbox_event where consumer = '" + CONSUMER + "'") < appliedBefore + events) {
            sleep(50);
        }
        double settlementRate = events / seconds(System.nanoTime() - t0);
        assertThat(count("select coalesce(sum(log_count), 0) from provider_item_total where period = '" + period + "'"))
                .isEqualTo(events);

        // the baseline: a plain consumer reading the same records back from the same offsets
        long t1 = System.nanoTime();
        int read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            while (read < events) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value().contains("\"period\":\"" + period + "\"")) {
                        read++;
                    }
                }
            }
        }
        return new double[] { settlementRate, events / seconds(System.nanoTime() - t1) };
    }

    private String close(int rows, String period) {
        long t0 = System.nanoTime();
        // the state the consumer builds: the log copy and its running totals
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            em.createNativeQuery("""
                    insert into service_log (id, provider_log_id, provider_id, elder_id, voucher_id, caregiver_id,
                        item_code, category, district_code, units, unit_price_fen, amount_fen, service_date,
                        start_time, end_time, period, accepted_at, settled_as)
                    select md5(?1 || i)::uuid, 'S-' || i,
                        ('00000000-0000-4000-8000-' || lpad(to_hex(i % 200), 12, '0'))::uuid,
                        md5('e' || ?1 || (i % 50000))::uuid, md5('v' || ?1 || (i % 50000))::uuid,
                        md5('c' || ?1 || (i % 2000))::uuid,
                        (array['HK01','HK02','HK03','HK04','MEAL01','MEAL02','REHAB01'])[1 + i % 7], 'HOUSEKEEPING',
                        '340102', 1 + i % 3, 1000, 1000 * (1 + i % 3), date '2016-01-10',
                        timestamptz '2016-01-10 09:00+08', timestamptz '2016-01-10 10:00+08', ?1,
                        timestamptz '2016-01-10 11:00+08', 'PERIOD'
                    from generate_series(1, ?2) as i""")
                    .setParameter(1, period).setParameter(2, rows).executeUpdate();
            em.createNativeQuery("""
                    insert into provider_item_total (id, provider_id, period, item_code, log_count, units, amount_fen)
                    select md5(?1 || provider_id || item_code)::uuid, provider_id, period, item_code, count(*),
                        sum(units), sum(amount_fen)
                    from service_log where period = ?1 group by provider_id, period, item_code""")
                    .setParameter(1, period).executeUpdate();
        });
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> em.createNativeQuery("analyze service_log")
                .executeUpdate());
        double seedSeconds = seconds(System.nanoTime() - t0);

        long t1 = System.nanoTime();
        List<?> grouped = QuarkusTransaction.requiringNew().timeout(3600).call(() -> em.createNativeQuery("""
                select provider_id, item_code, count(*), sum(units), sum(amount_fen) from service_log
                where period = ?1 group by provider_id, item_code""").setParameter(1, period).getResultList());
        double groupByMs = (System.nanoTime() - t1) / 1e6;

        String token = Tokens.forUser("city-admin");
        long t2 = System.nanoTime();
        int statements = given().auth().oauth2(token)
                .post("/api/v1/periods/" + period + "/close").then().statusCode(200).extract().path("statementCount");
        double closeMs = (System.nanoTime() - t2) / 1e6;

        long expected = count("select sum(amount_fen) from service_log where period = '" + period + "'");
        assertThat(count("select sum(total_fen) from statement where period = '" + period + "'")).isEqualTo(expected);
        assertThat(count("select count(*) from statement_line l join statement s on s.id = l.statement_id "
                + "where s.period = '" + period + "'")).as("one line per provider and item").isEqualTo(grouped.size());
        return String.format("%10d %12.1f %12.0f %14.0f %8.2f %10d", rows, seedSeconds, closeMs, groupByMs,
                closeMs / groupByMs, statements);
    }

    private Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.VOUCHER).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static UUID providerUuid(int i) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012x", i));
    }

    private static int[] sizes(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
