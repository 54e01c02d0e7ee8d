package org.homecare.deploy.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.geo.Geohash;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.ProviderEvents.ContractActivated;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.ProviderEvents.Rate;
import org.homecare.deploy.TokenClient;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Benchmark of the service-log batch endpoint of a running voucher-service (the local stack): submits batches of
 * service logs for many vouchers with a real provider token and prints accepted logs per second and batch latency;
 * then, in the same run, inserts rows of the same shape with plain JDBC batches into the same database as the
 * baseline. Seeds what it needs (provider, contract, caregivers, vouchers) through the real Kafka topics.
 * <p>
 * Vouchers are seeded once: elder {@code i} and its grant event have ids derived from {@code i}, and only the
 * missing ones are published, so a second run (or one after an interrupted seeding) publishes nothing new, and a
 * re-published grant is recognised by voucher-service's inbox. Every run registers fresh caregivers and a fresh item,
 * so its services never overlap an earlier run's.
 * <p>
 * Settings are system properties: {@code vouchers} (100000), {@code batches} (1500), {@code batchSize} (100),
 * {@code threads} (4), {@code warmup} (a fifth of the batches), {@code caregivers} (1000), {@code plainRows} (150000),
 * {@code voucherUrl} (http://localhost:8083), {@code keycloakUrl} (http://localhost:8180), {@code jdbcUrl}
 * (jdbc:postgresql://localhost:5432/voucher), {@code kafka} (localhost:9092).
 */
public final class ServiceLogLoad {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PROVIDER_CODE = "91340100MA2NHC015G";
    private static final String DISTRICT = "340102";
    private static final List<String> CATEGORIES = List.of("HOUSEKEEPING", "MEAL", "REHAB");
    private static final long PRICE_FEN = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory JSON_FACTORY = JSON.getFactory();

    private final int vouchers = Integer.getInteger("vouchers", 100_000);
    private final int batches = Integer.getInteger("batches", 1_500);
    private final int batchSize = Integer.getInteger("batchSize", 100);
    private final int threads = Integer.getInteger("threads", 4);
    private final int warmup = Integer.getInteger("warmup", batches / 5);
    private final int caregiverCount = Integer.getInteger("caregivers", 1_000);
    private final int plainRows = Integer.getInteger("plainRows", 150_000);
    private final String voucherUrl = System.getProperty("voucherUrl", "http://localhost:8083");
    private final String keycloakUrl = System.getProperty("keycloakUrl", "http://localhost:8180");
    private final String jdbcUrl = System.getProperty("jdbcUrl", "jdbc:postgresql://localhost:5432/voucher");
    private final String kafka = System.getProperty("kafka", "localhost:9092");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile TokenClient.AccessToken token;

    /** What one batch answered; {@code firstReasons} only when something was rejected. */
    private record BatchAnswer(int accepted, int rejected, String firstReasons) {
    }

    public static void main(String[] args) throws Exception {
        new ServiceLogLoad().run();
    }

    private void run() throws Exception {
        if (batches <= warmup) {
            throw new IllegalArgumentException("batches (" + batches + ") must exceed the warm-up (" + warmup + ")");
        }
        token = TokenClient.forUser(keycloakUrl, "provider-a", "provider-a");
        Instant businessNow = businessNow();
        LocalDate today = businessNow.atZone(ZONE).toLocalDate();
        // every log falls in the current business month, ending an hour before now: a month's logs spend its own
        // credit, and the previous month's submission window may have ended. The caregivers' day is as full as if the
        // logs were spread over 28 days (how many of a caregiver's visits of the last 24 hours the overlap check
        // reads): earlier in a month, more caregivers share the logs
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(ZONE).toInstant();
        Duration span = Duration.between(monthStart, businessNow.minus(Duration.ofHours(1)));
        span = span.compareTo(Duration.ofDays(28)) > 0 ? Duration.ofDays(28) : span;
        long logs = (long) batches * batchSize;
        int caregiverCount = (int) Math.max(this.caregiverCount,
                Math.ceil(this.caregiverCount * (double) Duration.ofDays(28).toMinutes() / Math.max(60, span.toMinutes())));
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String item = "LOAD" + runId;
        List<String> caregivers;
        List<String> voucherIds;
        List<String> homeCells = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "20", ProducerConfig.BATCH_SIZE_CONFIG, "262144"),
                new StringSerializer(), new StringSerializer());
                Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            UUID provider = providerOf(db, producer, today);
            UUID contract = UUID.randomUUID();
            publish(producer, UUID.randomUUID(), new ContractActivated(contract, provider, today.minusDays(60),
                    today.plusDays(365), List.of(DISTRICT),
                    List.of(new Rate(item, "HOUSEKEEPING", "VISIT", PRICE_FEN, today.minusDays(60)))));
            caregivers = new ArrayList<>(caregiverCount);
            for (int i = 0; i < caregiverCount; i++) {
                UUID caregiver = UUID.randomUUID();
                caregivers.add(caregiver.toString());
                publish(producer, UUID.randomUUID(), new CaregiverRegistered(caregiver, provider,
                        "load-" + caregiver, 2, today.minusDays(60)));
            }
            producer.flush();
            awaitCount(db, "select count(*) from contract where id = '" + contract + "'", 1);
            awaitCount(db, "select count(*) from caregiver where id = any('{" + String.join(",", caregivers)
                    + "}'::uuid[])", caregiverCount);
            voucherIds = seedVouchers(db, producer, today, homeCells);
        }

        System.out.printf("Submitting %d batches of %d logs with %d threads (the first %d warm up) ...%n", batches,
                batchSize, threads, warmup);
        // slots of up to 3 hours (a caregiver's day, not a visit every 10 minutes around the clock)
        long slots = (logs + caregiverCount - 1) / caregiverCount;
        Duration slot = span.dividedBy(slots);
        slot = slot.compareTo(Duration.ofHours(3)) > 0 ? Duration.ofHours(3)
                : slot.compareTo(Duration.ofMinutes(10)) < 0 ? Duration.ofMinutes(10) : slot;
        Instant base = businessNow.minus(Duration.ofHours(1)).minus(slot.multipliedBy(slots));
        long slotSeconds = slot.toSeconds();
        long[] latencies = new long[batches];
        long[] finished = new long[batches];
        BatchAnswer[] answers = new BatchAnswer[batches];
        AtomicInteger nextBatch = new AtomicInteger();
        long[] measuredFrom = new long[1];
        double[] loadAtStart = new double[1];
        long[] cpuAtStart = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int b; (b = nextBatch.getAndIncrement()) < batches;) {
                    String body = batchBody(runId, (long) b * batchSize, voucherIds, homeCells, caregivers, item, base,
                            slotSeconds);
                    long started = System.nanoTime();
                    if (b == warmup) {
                        measuredFrom[0] = started;
                        loadAtStart[0] = loadAverage();
                        cpuAtStart[0] = processCpuNanos();
                    }
                    answers[b] = post(body);
                    finished[b] = System.nanoTime();
                    latencies[b] = finished[b] - started;
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        long measuredTo = Arrays.stream(finished, warmup, batches).max().orElseThrow();
        double seconds = (measuredTo - measuredFrom[0]) / 1e9;
        double loadAtEnd = loadAverage();
        double driverCpu = (processCpuNanos() - cpuAtStart[0]) / 1e9;
        long accepted = 0;
        long rejected = 0;
        String firstReasons = null;
        for (int b = warmup; b < batches; b++) {
            accepted += answers[b].accepted();
            rejected += answers[b].rejected();
            firstReasons = firstReasons != null ? firstReasons : answers[b].firstReasons();
        }
        long[] measured = Arrays.copyOfRange(latencies, warmup, batches);
        Arrays.sort(measured);
        double acceptedPerSecond = accepted / seconds;

        double plainPerSecond = plainInsertRate();

        System.out.println();
        System.out.println("== service-log batch endpoint ==");
        System.out.printf("batches measured          %d of %d logs, %d threads, %.1f s (after %d warm-up batches)%n",
                measured.length, batchSize, threads, seconds, warmup);
        System.out.printf("accepted / rejected       %d / %d%s%n", accepted, rejected,
                firstReasons == null ? "" : " (first reasons: " + firstReasons + ")");
        System.out.printf("accepted logs per second  %.0f%n", acceptedPerSecond);
        System.out.printf("batch latency p50 / p99   %.0f ms / %.0f ms (max %.0f ms)%n",
                percentile(measured, 0.50) / 1e6, percentile(measured, 0.99) / 1e6,
                measured[measured.length - 1] / 1e6);
        System.out.printf("load average              %.1f at start, %.1f at end; driver used %.0f %% of a core%n",
                loadAtStart[0], loadAtEnd, 100 * driverCpu / seconds);
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
        publish(producer, UUID.randomUUID(), new ProviderApproved(provider, PROVIDER_CODE, "Load test provider",
                List.of(DISTRICT), CATEGORIES, today.minusDays(60)));
        producer.flush();
        awaitCount(db, "select count(*) from provider where id = '" + provider + "'", 1);
        return provider;
    }

    /**
     * Opens vouchers through EligibilityGranted until the district has enough active, funded ones. Elder {@code i}
     * and its event have ids derived from {@code i}; elders that already have a voucher are skipped.
     */
    /** @param homeCells filled with each returned voucher's home cell (null for one without) */
    private List<String> seedVouchers(Connection db, KafkaProducer<String, String> producer, LocalDate today,
            List<String> homeCells) throws Exception {
        String funded = "from voucher where district_code = '" + DISTRICT + "' and status = 'ACTIVE' "
                + "and balance_fen >= " + 100 * PRICE_FEN;
        long have = count(db, "select count(*) " + funded);
        if (have < vouchers) {
            Set<UUID> known = new HashSet<>();
            try (Statement statement = db.createStatement();
                    ResultSet rows = statement.executeQuery("select elder_id from voucher")) {
                while (rows.next()) {
                    known.add(rows.getObject(1, UUID.class));
                }
            }
            long missing = vouchers - have;
            System.out.printf("Seeding %d vouchers through eligibility.v1 ...%n", missing);
            long started = System.nanoTime();
            for (int i = 0, published = 0; published < missing; i++) {
                UUID elder = derived("load-elder-" + i);
                if (known.contains(elder)) {
                    continue;
                }
                publish(producer, derived("load-grant-" + i), new EligibilityGranted(elder, DISTRICT, 60_000,
                        CATEGORIES, today.minusDays(60), derived("load-policy"), 1, "张*", homeCellOf(i), null));
                published++;
            }
            producer.flush();
            awaitCount(db, "select count(*) " + funded, vouchers);
            System.out.printf("  voucher-service opened and credited them at %.0f accounts/s%n",
                    missing / ((System.nanoTime() - started) / 1e9));
        }
        List<String> ids = new ArrayList<>(vouchers);
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select id, home_cell " + funded + " limit " + vouchers)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
                homeCells.add(rows.getString(2));
            }
        }
        return ids;
    }

    /**
     * Elder i's home: a grid of cells some 200 m apart over Yaohai (31.84-31.88 N, 117.28-117.32 E), as a caseworker
     * would record it, sent as its geohash cell.
     */
    static String homeCellOf(int i) {
        return Geohash.encode(31.84 + (i % 200) * 0.0002, 117.28 + (i / 200 % 200) * 0.0002,
                Geohash.HOME_CELL_PRECISION);
    }

    /**
     * Where log k was logged: within some 60 m of the home cell's centre, as a phone's fix is; every
     * {@value #AWAY_EVERY}th visit 2 km away (an errand, a wrong fix), which voucher-service holds as a visit exception.
     * A voucher without a home cell (seeded before cells were sent) gets Yaohai's centre.
     */
    static String locationOf(long k, String homeCell) {
        Geohash.Point home = homeCell == null ? new Geohash.Point(31.86, 117.28) : Geohash.center(homeCell);
        double jitter = ((k * 7919) % 11 - 5) * 0.0001;
        double away = k % AWAY_EVERY == 0 ? 0.018 : 0;
        return "\"latitude\":" + (home.latitude() + jitter + away) + ",\"longitude\":" + (home.longitude() - jitter);
    }

    private static final int AWAY_EVERY = 33;

    /**
     * Log k: voucher k mod V, caregiver k mod C in slot k / C (a 5-minute service at the slot's start), so no
     * caregiver is ever in two places at once and no voucher gets the same service twice.
     */
    private String batchBody(String runId, long first, List<String> voucherIds, List<String> homeCells,
            List<String> caregivers, String item, Instant base, long slotSeconds) {
        StringBuilder body = new StringBuilder(batchSize * 300).append("{\"logs\":[");
        for (long k = first; k < first + batchSize; k++) {
            Instant start = base.plusSeconds(slotSeconds * (k / caregivers.size()));
            if (k > first) {
                body.append(',');
            }
            body.append("{\"providerLogId\":\"load-").append(runId).append('-').append(k)
                    .append("\",\"voucherId\":\"").append(voucherIds.get((int) (k % voucherIds.size())))
                    .append("\",\"caregiverId\":\"").append(caregivers.get((int) (k % caregivers.size())))
                    .append("\",\"itemCode\":\"").append(item)
                    .append("\",\"startTime\":\"").append(start)
                    .append("\",\"endTime\":\"").append(start.plusSeconds(300))
                    .append("\",\"units\":1,").append(locationOf(k, homeCells.get((int) (k % voucherIds.size()))))
                    .append(",\"confirmation\":\"SIGNATURE\"}");
        }
        return body.append("]}").toString();
    }

    private BatchAnswer post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(voucherUrl + "/api/v1/service-logs/batch"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + currentToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("batch answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return answerOf(response.body());
    }

    /** Reads the two counts and skips the per-log results, unless some were rejected (then their first reasons). */
    private static BatchAnswer answerOf(byte[] body) throws IOException {
        int accepted = -1;
        int rejected = -1;
        try (JsonParser parser = JSON_FACTORY.createParser(body)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "accepted" -> accepted = parser.getIntValue();
                    case "rejected" -> rejected = parser.getIntValue();
                    default -> parser.skipChildren();
                }
            }
        }
        if (accepted < 0 || rejected < 0) {
            throw new IllegalStateException("batch answer without counts: " + new String(body, StandardCharsets.UTF_8));
        }
        String reasons = null;
        if (rejected > 0) {
            for (JsonNode result : JSON.readTree(body).path("results")) {
                if (result.path("reasons").size() > 0) {
                    reasons = result.path("reasons").toString();
                    break;
                }
            }
        }
        return new BatchAnswer(accepted, rejected, reasons);
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
                    insert.setLong(19, PRICE_FEN);
                    insert.setLong(20, PRICE_FEN);
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

    /** A stable id for a seeded object or event, so seeding twice means the same objects and events. */
    private static UUID derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static void publish(KafkaProducer<String, String> producer, UUID eventId, DomainEvent event) {
        producer.send(new ProducerRecord<>(event.topic(), event.subject(),
                EventCodec.encode(EventCodec.envelope(eventId, event, "load-driver", Instant.now()))));
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

    /** The 1-minute load average of the machine (what the other processes on the 2 cores add to the figures). */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
