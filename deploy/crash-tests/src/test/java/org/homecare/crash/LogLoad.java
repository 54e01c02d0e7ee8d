package org.homecare.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecare.deploy.TokenClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Provider back offices sending service logs one by one, as a steady load: every log has its own
 * {@code providerLogId} and is sent again, with the same id and body, after any connection error, timeout or 5xx,
 * until voucher-service answers it (201, or 200 for a log it already has). What it answered is recorded per log.
 */
final class LogLoad implements AutoCloseable {

    /** What voucher-service acknowledged for one log. */
    record Acknowledged(UUID serviceLogId, long amountFen) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(4);
    /** A caregiver's visits follow each other a minute apart (50 s each), newest first, back from ten minutes ago. */
    private static final Duration SLOT = Duration.ofMinutes(1);

    private final String voucherUrl;
    private final String keycloakUrl;
    private final World world;
    private final List<List<UUID>> voucherIdsByThread;
    private final String runId = Long.toString(System.nanoTime(), 36);
    private final Instant base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicReference<TokenClient.AccessToken> token = new AtomicReference<>();
    private final ConcurrentMap<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final AtomicLong connectionErrors = new AtomicLong();
    private final AtomicLong lastAcknowledgedAt = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final long[] nextLog;

    LogLoad(String voucherUrl, String keycloakUrl, World world, List<List<UUID>> voucherIdsByThread) {
        this.voucherUrl = voucherUrl;
        this.keycloakUrl = keycloakUrl;
        this.world = world;
        this.voucherIdsByThread = voucherIdsByThread;
        this.nextLog = new long[voucherIdsByThread.size()];
        // every log starts in the past and, as a run lasts minutes, in the current month (whose money it spends):
        // the first logs are the newest, so a run reaches back as far as it sent logs, not as far as it might have
        this.base = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    /** Starts the client threads; each goes on from where it stopped. */
    void start() {
        running.set(true);
        threads.clear();
        for (int t = 0; t < voucherIdsByThread.size(); t++) {
            int thread = t;
            Thread client = new Thread(() -> sendUntilStopped(thread), "crash-load-" + t);
            threads.add(client);
            client.start();
        }
    }

    /** Stops after each thread's log in flight is answered. */
    void stop() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(GIVE_UP_AFTER.toMillis() + 10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }

    Map<String, Acknowledged> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    long acknowledgedCount() {
        return acknowledged.size();
    }

    /** When the last log was acknowledged (System.nanoTime), 0 before the first. */
    long lastAcknowledgedAt() {
        return lastAcknowledgedAt.get();
    }

    /** How many answers of each HTTP status the clients got, retries included; -1 counts connection errors. */
    Map<Integer, Long> answersByStatus() {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        answers.forEach((status, count) -> counts.put(status, count.get()));
        counts.put(-1, connectionErrors.get());
        return counts;
    }

    @Override
    public void close() {
        running.set(false);
    }

    private void sendUntilStopped(int thread) {
        try {
            while (running.get()) {
                long k = nextLog[thread]++;
                send(logBody(thread, k), providerLogId(thread, k));
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void send(String body, String providerLogId) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            try {
                HttpResponse<String> response = http.send(request(body), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                if (status == 201 || status == 200) {
                    JsonNode log = JSON.readTree(response.body());
                    acknowledged.put(providerLogId, new Acknowledged(UUID.fromString(log.path("id").asText()),
                            log.path("amountFen").asLong()));
                    lastAcknowledgedAt.set(System.nanoTime());
                    return;
                }
                if (status == 401) {
                    token.set(null);
                } else if (status < 500 && status != 429) {
                    throw new IllegalStateException("log " + providerLogId + " answered " + status + ": "
                            + response.body());
                }
            } catch (IOException e) {
                connectionErrors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("log " + providerLogId + " was not answered within " + GIVE_UP_AFTER);
            }
            pause();
        }
    }

    private HttpRequest request(String body) {
        return HttpRequest.newBuilder(URI.create(voucherUrl + "/api/v1/service-logs"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + currentToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** Log k of a thread: its pair k mod P, in slot k / P back from the newest, a visit of 50 seconds. */
    private String logBody(int thread, long k) {
        List<World.Pair> pairs = world.pairsByThread().get(thread);
        int pair = (int) (k % pairs.size());
        Instant start = base.minus(SLOT.multipliedBy(k / pairs.size()));
        return """
                {"providerLogId":"%s","voucherId":"%s","caregiverId":"%s","itemCode":"%s","startTime":"%s",\
                "endTime":"%s","units":1,"latitude":31.86,"longitude":117.28,"confirmation":"SIGNATURE"}"""
                .formatted(providerLogId(thread, k), voucherIdsByThread.get(thread).get(pair),
                        pairs.get(pair).caregiverId(), world.itemCode(), start, start.plusSeconds(50));
    }

    private String providerLogId(int thread, long k) {
        return "crash-" + runId + "-" + thread + "-" + k;
    }

    private String currentToken() {
        TokenClient.AccessToken current = token.get();
        if (current == null || Instant.now().isAfter(current.expiresAt().minusSeconds(30))) {
            current = TokenClient.forUser(keycloakUrl, "provider-a", "provider-a");
            token.set(current);
        }
        return current.value();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
