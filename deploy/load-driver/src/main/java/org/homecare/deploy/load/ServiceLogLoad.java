package org.homecare.deploy.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.ProviderEvents.ContractActivated;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.ProviderEvents.Rate;
import org.homecare.deploy.TokenClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Benchmark of the service-log batch endpoint of a running voucher-service (the local stack): submits batches of
 * service logs for many vouchers with a real provider token and prints accepted logs per second and batch latency;
 * then, in the same run, inserts rows of the same shape with plain JDBC batches into the same database as the
 * baseline. Seeds what it needs (provider, contract, caregivers, vouchers) through the real Kafka topics.
 * <p>
 * Settings are system properties: {@code vouchers} (100000), {@code batches} (1500), {@code batchSize} (100),
 * {@code threads} (4), {@code caregivers} (1000), {@code plainRows} (150000), {@code voucherUrl}
 * (http://localhost:8083), {@code keycloakUrl} (http://localhost:8180), {@code jdbcUrl}
 * (jdbc:postgresql://localhost:5432/voucher), {@code kafka} (localhost:9092).
 */
public final class ServiceLogLoad {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PROVIDER_CODE = "91340100MA2NHC015G";
    private static final String DISTRICT = "340102";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int vouchers = Integer.getInteger("vouchers", 100_000);
    private final int batches = Integer.getInteger("batches", 1_500);
    private final int batchSize = Integer.getInteger("batchSize", 100);
    private final int threads = Integer.getInteger("threads", 4);
    private final int caregiverCount = Integer.getInteger("caregivers", 1_000);
    private final int plainRows = Integer.getInteger("plainRows", 150_000);
    private final String voucherUrl = System.getProperty("voucherUrl", "http://localhost:8083");
    private final String keycloakUrl = System.getProperty("keycloakUrl", "http://localhost:8180");
    private final String jdbcUrl = System.getProperty("jdbcUrl", "jdbc:postgresql://localhost:5432/voucher");
    private final String kafka = System.getProperty("kafka", "localhost:9092");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile TokenClient.AccessToken token;

    public static void main(String[] args) throws Exception {
        new ServiceLogLoad().run();
    }

    private void run() throws Exception {
        token = TokenClient.forUser(keycloakUrl, "provider-a", "provider-a");
        Instant businessNow = businessNow();
        LocalDate today = businessNow.atZone(ZONE).toLocalDate();
        String item = "LOAD" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        List<UUID> caregivers;
        List<UUID> voucherIds;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "20"), new StringSerializer(), new StringSerializer());
                Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            UUID provider = providerOf(db, producer, today);
            UUID contract = UUID.randomUUID();
            publish(producer, new ContractActivated(contract, provider, today.minusDays(60), today.plusDays(365),
                    List.of(DISTRICT), List.of(new Rate(item, "HOUSEKEEPING", "VISIT", 100, today.minusDays(60)))));
            caregivers = new ArrayList<>();
            for (int i = 0; i < caregiverCount; i++) {
                UUID caregiver = UUID.randomUUID();
                caregivers.add(caregiver);
                publish(producer, new CaregiverRegistered(caregiver, provider, "load-" + caregiver, 2,
                        today.minusDays(60)));
            }
            producer.flush();
            awaitCount(db, "select count(*) from contract where id = '" + contract + "'", 1);
            awaitCount(db, "select count(*) from caregiver where id = '" + caregivers.get(caregivers.size() - 1)
                    + "'", 1);
            voucherIds = seedVouchers(db, producer, today);
        }

        System.out.printf("%nSubmitting %d batches of %d logs with %d threads ...%n", batches, batchSize, threads);
        Instant base = businessNow.minus(Duration.ofDays(20));
        AtomicLong nextLog = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        long[] latencies = new long[batches];
        AtomicLong nextBatch = new AtomicLong();
        int warmup = Math.min(20, batches / 10);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] measuredStart = { 0 };
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (long b; (b = nextBatch.getAndIncrement()) < batches;) {
                    if (b == warmup) {
                        measuredStart[0] = System.nanoTime();
                        accepted.set(0);
                        rejected.set(0);
                    }
                    long first = nextLog.getAndAdd(batchSize);
                    String body = batchBody(first, voucherIds, caregivers, item, base);
                    long started = System.nanoTime();
                    JsonNode result = post(body);
                    latencies[(int) b] = System.nanoTime() - started;
                    accepted.addAndGet(result.path("accepted").asLong());
                    rejected.addAndGet(result.path("rejected").asLong());
                    if (b == batches - 1 || (b > 0 && b % 250 == 0)) {
                        System.out.printf("  %d batches, first rejection reasons: %s%n", b, firstReasons(result));
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        long elapsed = System.nanoTime() - measuredStart[0];
        pool.shutdown();
        long[] measured = Arrays.copyOfRange(latencies, warmup, batches);
        Arrays.sort(measured);
        double acceptedPerSecond = accepted.get() / (elapsed / 1e9);

        double plainPerSecond = plainInsertRate();

        System.out.println();
        System.out.println("== service-log batch endpoint ==");
        System.out.printf("batches measured          %d of %d logs (after %d warm-up batches), %d threads%n",
                measured.length, batchSize, warmup, threads);
        System.out.printf("accepted / rejected       %d / %d%n", accepted.get(), rejected.get());
        System.out.printf("accepted logs per second  %.0f%n", acceptedPerSecond);
        System.out.printf("batch latency p50 / p99   %.0f ms / %.0f ms (max %.0f ms)%n",
                percentile(measured, 0.50) / 1e6, percentile(measured, 0.99) / 1e6,
                measured[measured.length - 1] / 1e6);
        System.out.println("== plain JDBC batch insert, same database, same row shape ==");
        System.out.printf("rows per second           %.0f%n", plainPerSecond);
        System.out.printf("fraction of plain insert  %.3f%n", acceptedPerSecond / plainPerSecond);
    }

    private UUID providerOf(Connection db, KafkaProducer<String, String> producer, LocalDate today)
            throws Exception {
        try (PreparedStatement query = db.prepareStatement("select id from provider where credit_code = ?")) {
            query.setString(1, PROVIDER_CODE);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return rows.getObject(1, UUID.class);
                }
            }
        }
        UUID provider = UUID.randomUUID();
        publish(producer, new ProviderApproved(provider, PROVIDER_CODE, "Load test provider", List.of(DISTRICT),
                List.of("HOUSEKEEPING", "MEAL", "REHAB"), today.minusDays(60)));
        producer.flush();
        awaitCount(db, "select count(*) from provider where id = '" + provider + "'", 1);
        return provider;
    }

    /** Opens vouchers through EligibilityGranted until the district has enough active, funded ones. */
    private List<UUID> seedVouchers(Connection db, KafkaProducer<String, String> producer, LocalDate today)
            throws Exception {
        String funded = "from voucher where district_code = '" + DISTRICT + "' and status = 'ACTIVE' "
                + "and balance_fen >= 10000";
        long have = count(db, "select count(*) " + funded);
        if (have < vouchers) {
            long missing = vouchers - have;
            System.out.printf("Seeding %d vouchers through eligibility.v1 ...%n", missing);
            long started = System.nanoTime();
            for (long i = 0; i < missing; i++) {
                publish(producer, new EligibilityGranted(UUID.randomUUID(), DISTRICT, 60_000,
                        List.of("HOUSEKEEPING", "MEAL", "REHAB"), today.minusDays(60), UUID.randomUUID(), 1));
            }
            producer.flush();
            awaitCount(db, "select count(*) " + funded, vouchers);
            System.out.printf("  voucher-service opened and credited them at %.0f accounts/s%n",
                    missing / ((System.nanoTime() - started) / 1e9));
        }
        List<UUID> ids = new ArrayList<>(vouchers);
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select id " + funded + " limit " + vouchers)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /** Log k: voucher k mod V, caregiver k mod C in slot k / C, so no caregiver is ever in two places at once. */
    private String batchBody(long first, List<UUID> voucherIds, List<UUID> caregivers, String item, Instant base) {
        StringBuilder body = new StringBuilder(batchSize * 330).append("{\"logs\":[");
        for (long k = first; k < first + batchSize; k++) {
            Instant start = base.plus(Duration.ofMinutes(10 * (k / caregivers.size())));
            if (k > first) {
                body.append(',');
            }
            body.append("{\"providerLogId\":\"load-").append(first).append('-').append(k - first)
                    .append(UUID.randomUUID().toString(), 0, 8)
                    .append("\",\"voucherId\":\"").append(voucherIds.get((int) (k % voucherIds.size())))
                    .append("\",\"caregiverId\":\"").append(caregivers.get((int) (k % caregivers.size())))
                    .append("\",\"itemCode\":\"").append(item)
                    .append("\",\"startTime\":\"").append(OffsetDateTime.ofInstant(start, ZONE))
                    .append("\",\"endTime\":\"").append(OffsetDateTime.ofInstant(start.plusSeconds(300), ZONE))
                    .append("\",\"units\":1,\"latitude\":31.86,\"longitude\":117.28,\"confirmation\":\"SIGNATURE\"}");
        }
        return body.append("]}").toString();
    }

    private JsonNode post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(voucherUrl + "/api/v1/service-logs/batch"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + currentToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("batch answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private String currentToken() {
        TokenClient.AccessToken current = token;
        if (Instant.now().isAfter(current.expiresAt().minusSeconds(30))) {
            synchronized (this) {
                if (Instant.now().isAfter(token.expiresAt().minusSeconds(30))) {
                    token = TokenClient.forUser(keycloakUrl, "provider-a", "provider-a");
                }
                current = token;
            }
        }
        return current.value();
    }

    private Instant businessNow() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(voucherUrl + "/api/v1/admin/clock"))
                .header("Authorization", "Bearer " + token.value()).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            return OffsetDateTime.parse(JSON.readTree(response.body()).path("now").asText()).toInstant();
        }
        return Instant.now();
    }

    /** Rows shaped like service_log, into a copy of its table, 100 per JDBC batch and one commit per batch. */
    private double plainInsertRate() throws SQLException {
        System.out.printf("%nInserting %d rows with plain JDBC batches ...%n", plainRows);
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("drop table if exists load_plain_service_log");
                ddl.execute("create table load_plain_service_log (like service_log including defaults)");
                ddl.execute("alter table load_plain_service_log add primary key (id)");
            }
            db.setAutoCommit(false);
            UUID provider = UUID.randomUUID();
            long started = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into load_plain_service_log (id, provider_id, provider_log_id, voucher_id, elder_id,
                        caregiver_id, person_key, item_code, category, district_code, start_time, end_time,
                        service_date, period, units, latitude, longitude, confirmation, unit_price_fen, amount_fen,
                        balance_after_fen, status, reasons, submitted_at, submitted_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < plainRows; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, provider);
                    insert.setString(3, "plain-" + i);
                    insert.setObject(4, UUID.randomUUID());
                    insert.setObject(5, UUID.randomUUID());
                    insert.setObject(6, UUID.randomUUID());
                    insert.setString(7, "load-" + i % 1000);
                    insert.setString(8, "LOADHK");
                    insert.setString(9, "HOUSEKEEPING");
                    insert.setString(10, DISTRICT);
                    insert.setTimestamp(11, now);
                    insert.setTimestamp(12, now);
                    insert.setObject(13, LocalDate.now());
                    insert.setString(14, "2026-11");
                    insert.setInt(15, 1);
                    insert.setDouble(16, 31.86);
                    insert.setDouble(17, 117.28);
                    insert.setString(18, "SIGNATURE");
                    insert.setLong(19, 100);
                    insert.setLong(20, 100);
                    insert.setLong(21, 59_900);
                    insert.setString(22, "ACCEPTED");
                    insert.setString(23, "");
                    insert.setTimestamp(24, now);
                    insert.setString(25, "provider-a");
                    insert.addBatch();
                    if ((i + 1) % 100 == 0) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            double rate = plainRows / ((System.nanoTime() - started) / 1e9);
            db.setAutoCommit(true);
            try (Statement ddl = db.createStatement()) {
                ddl.execute("drop table load_plain_service_log");
            }
            return rate;
        }
    }

    private static void publish(KafkaProducer<String, String> producer, DomainEvent event) {
        producer.send(new ProducerRecord<>(event.topic(), event.subject(),
                EventCodec.encode(EventCodec.envelope(UUID.randomUUID(), event, "load-driver", Instant.now()))));
    }

    private static void awaitCount(Connection db, String sql, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            long now = count(db, sql);
            if (now >= expected) {
                return;
            }
            if (now / 10_000 != last / 10_000) {
                System.out.printf("  %d of %d%n", now, expected);
            }
            last = now;
            Thread.sleep(500);
        }
        throw new IllegalStateException("gave up waiting for " + expected + " rows: " + sql);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String firstReasons(JsonNode result) {
        for (JsonNode r : result.path("results")) {
            if (r.path("reasons").size() > 0) {
                return r.path("reasons").toString();
            }
        }
        return "none";
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
