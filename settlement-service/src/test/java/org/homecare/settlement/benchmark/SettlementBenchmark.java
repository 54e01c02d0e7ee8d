package org.homecare.settlement.benchmark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
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
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.Topics;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.ids.TimeOrderedIds;
import org.homecare.contracts.outbox.OutboxRelay;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;

/**
 * Not a test: a benchmark that prints figures, run on demand (its name does not match surefire's test patterns):
 * {@code ./mvnw -pl settlement-service verify -Dtest=SettlementBenchmark -Dbenchmark.logs=100000,1000000,5000000,20000000
 * -Dbenchmark.vouchers=1000000 -Dbenchmark.events=200000}.
 * <p>
 * For every size it bulk-seeds a period with that many accepted logs (spread over the vouchers, 200 providers and 7
 * items), with the event ids and running totals the consumer would have left, so tables and indexes have their real
 * size. Then (a) it publishes {@code benchmark.events} more ServiceLogAccepted events for that period and times the
 * service consuming and applying them, next to a plain KafkaConsumer reading the same records; and (b) it closes the
 * period, next to a plain {@code GROUP BY provider, item} over the same rows. The assertions only check that the
 * figures are about correct results.
 * <p>
 * The service's consumer is paused while the events are published and timed from its resumption, so that, like the
 * plain consumer, it reads a topic that already holds them: publishing 200,000 events from this JVM took a third of a
 * core and its compiler threads, which is no part of what either consumer costs.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
@TestProfile(SettlementBenchmark.PausableConsumer.class)
class SettlementBenchmark {

    /** The log consumer's channel made pausable (only here: the service itself never pauses it). */
    public static class PausableConsumer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // BUFFER: a batch polled as the pause begins waits for the resumption instead of being dropped
            return Map.of("mp.messaging.incoming.voucher-events.pausable", "true",
                    "mp.messaging.incoming.voucher-events.pausable.buffer-strategy", "BUFFER");
        }
    }

    private static final String[] ITEMS = { "HK01", "HK02", "HK03", "HK04", "MEAL01", "MEAL02", "REHAB01" };
    private static final int PROVIDERS = 200;
    private static final int SEED_CHUNK = 1_000_000;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ChannelRegistry channels;

    @Test
    void prints_consumption_and_close_figures() throws IOException {
        int vouchers = Integer.getInteger("benchmark.vouchers", 1_000_000);
        int events = Integer.getInteger("benchmark.events", 200_000);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("settlement-service benchmark: %d cores, %,d vouchers, %,d events consumed per size",
                Runtime.getRuntime().availableProcessors(), vouchers, events));
        lines.add(String.format("%11s %8s | %12s %12s %9s | %9s %11s %6s %10s | %s", "logs seeded", "seed s",
                "(a) applied/s", "plain read/s", "fraction", "(b) close", "GROUP BY", "ratio", "statements",
                "load avg"));
        // the first consumption and close of the JVM pay for JIT compilation (in the first run the compiler threads
        // used more CPU than the consumer itself) and OIDC: not part of any figure
        int warmUp = Integer.getInteger("benchmark.warmup-events", 300_000);
        seed("2015-12", 10_000, vouchers);
        consumption("2015-12", 10_000, warmUp, vouchers);
        close("2015-12", 10_000 + warmUp);
        int run = 0;
        for (int logs : sizes("benchmark.logs", "100000,1000000")) {
            String period = String.format("2016-%02d", ++run);
            double seedSeconds = seed(period, logs, vouchers);
            double[] rates = consumption(period, logs, events, vouchers);
            double[] close = close(period, logs + events);
            lines.add(String.format("%,11d %8.1f | %12.0f %12.0f %8.1f%% | %7.0fms %9.0fms %6.2f %10.0f | %s", logs,
                    seedSeconds, rates[0], rates[1], 100 * rates[0] / rates[1], close[0], close[1],
                    close[0] / close[1], close[2], loadAverage()));
            System.out.println(lines.get(lines.size() - 1));
        }
        String report = String.join("\n", lines);
        System.out.println("\n===== settlement-service benchmark =====\n" + report
                + "\n========================================\n");
        Files.writeString(Path.of("target", "benchmark-settlement.txt"), report + "\n\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * The state the consumer would have built for {@code logs} accepted logs: the log copy and the totals. Each
     * chunk goes in in key order, which only makes the seeding faster (the index pages are visited once per chunk).
     */
    private double seed(String period, int logs, int vouchers) {
        long t0 = System.nanoTime();
        for (int chunk = 1; chunk <= logs; chunk += SEED_CHUNK) {
            int from = chunk;
            int to = Math.min(logs, chunk + SEED_CHUNK - 1);
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> em.createNativeQuery("""
                        insert into service_log (id, provider_log_id, provider_id, elder_id, voucher_id, caregiver_id,
                            item_code, category, district_code, units, unit_price_fen, amount_fen, service_date,
                            start_time, end_time, period, accepted_at, settled_as, accept_event_id)
                        select md5(?1 || i)::uuid, 'S-' || i,
                            ('00000000-0000-4000-8000-' || lpad(to_hex(i % ?4), 12, '0'))::uuid,
                            md5('e' || (i % ?5))::uuid, md5('v' || (i % ?5))::uuid, md5('c' || (i % 20000))::uuid,
                            (array['HK01','HK02','HK03','HK04','MEAL01','MEAL02','REHAB01'])[1 + i % 7],
                            'HOUSEKEEPING', '340102', 1 + i % 3, 1000, 1000 * (1 + i % 3),
                            to_date(?1 || '-10', 'YYYY-MM-DD'), to_date(?1 || '-10', 'YYYY-MM-DD') + time '09:00',
                            to_date(?1 || '-10', 'YYYY-MM-DD') + time '10:00', ?1,
                            to_date(?1 || '-10', 'YYYY-MM-DD') + time '11:00', 'PERIOD', md5('event' || ?1 || i)::uuid
                        from generate_series(?2, ?3) as i
                        order by 1""")
                        .setParameter(1, period).setParameter(2, from).setParameter(3, to)
                        .setParameter(4, PROVIDERS).setParameter(5, vouchers).executeUpdate());
        }
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> em.createNativeQuery("""
                insert into provider_item_total (id, provider_id, period, item_code, log_count, units, amount_fen)
                select md5(?1 || provider_id || item_code)::uuid, provider_id, period, item_code, count(*),
                    sum(units), sum(amount_fen)
                from service_log where period = ?1 group by provider_id, period, item_code""")
                .setParameter(1, period).executeUpdate());
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> em.createNativeQuery(
                "analyze service_log, provider_item_total").executeUpdate());
        return seconds(System.nanoTime() - t0);
    }

    /** @return {settlement events/s, plain consumer events/s} */
    private double[] consumption(String period, int seeded, int events, int vouchers) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(events);
        Instant start = Instant.parse(period + "-12T01:00:00Z");
        for (int i = 0; i < events; i++) {
            UUID voucher = new UUID(0x5eed_0000_0000_0000L, i % vouchers);
            ServiceLogAccepted e = new ServiceLogAccepted(TimeOrderedIds.next(), "B-" + i,
                    providerUuid(i % PROVIDERS), voucher, voucher, UUID.randomUUID(), ITEMS[i % ITEMS.length],
                    "HOUSEKEEPING", "340102", 1, 3_000 + i % 7, 3_000 + i % 7,
                    start.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(), start, start.plusSeconds(3600), period,
                    start.plusSeconds(7200));
            EventEnvelope envelope = EventCodec.envelope(TimeOrderedIds.next(), e, "benchmark", Instant.now());
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.VOUCHER, voucher.toString(),
                    EventCodec.encode(envelope));
            // the headers the outbox relay puts on every event
            record.headers().add(OutboxRelay.HEADER_ID, envelope.id().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(OutboxRelay.HEADER_TYPE, envelope.type().getBytes(StandardCharsets.UTF_8));
            records.add(record);
        }
        Map<TopicPartition, Long> from = endOffsets();
        String applied = "select coalesce(sum(log_count), 0) from provider_item_total where period = '" + period + "'";

        List<PausableChannel> serviceConsumer = logConsumer();
        serviceConsumer.forEach(PausableChannel::pause);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.BATCH_SIZE_CONFIG, 262_144),
                new StringSerializer(), new StringSerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
        assertThat(count(applied)).as("nothing applied while paused").isEqualTo(seeded);
        long t0 = System.nanoTime();
        serviceConsumer.forEach(PausableChannel::resume);
        // the running totals are a few hundred rows: cheap to poll, and they move only when a batch commits
        while (count(applied) < (long) seeded + events) {
            sleep(20);
        }
        double settlementRate = events / seconds(System.nanoTime() - t0);
        assertThat(count(applied)).isEqualTo((long) seeded + events);

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

    /** The pausable channel of the log consumer, or of each of its concurrent copies. */
    private List<PausableChannel> logConsumer() {
        List<PausableChannel> found = new ArrayList<>();
        for (String name : List.of("voucher-events", "voucher-events$1", "voucher-events$2", "voucher-events$3")) {
            // the names depend on the channel's concurrency
            PausableChannel channel = channels.getPausable(name);
            if (channel != null) {
                found.add(channel);
            }
        }
        assertThat(found).as("the log consumer is pausable").isNotEmpty();
        return found;
    }

    /** @return {close ms, plain GROUP BY ms, statements} */
    private double[] close(String period, long logs) {
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
        assertThat(count("select count(*) from service_log where period = '" + period + "'")).isEqualTo(logs);
        assertThat(count("select sum(total_fen) from statement where period = '" + period + "'")).isEqualTo(expected);
        assertThat(count("select count(*) from statement_line l join statement s on s.id = l.statement_id "
                + "where s.period = '" + period + "'")).as("one line per provider and item").isEqualTo(grouped.size());
        return new double[] { closeMs, groupByMs, statements };
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
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
