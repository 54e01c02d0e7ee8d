package org.homecare.crash;

import org.homecare.crash.CrashStack.Part;
import org.homecare.crash.Ledgers.StoredLog;
import org.homecare.crash.LogLoad.Acknowledged;
import org.homecare.deploy.HttpProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills each part of the money path with SIGKILL under a steady load of service logs (clients resend a log with the
 * same providerLogId after any error), restarts it, and checks the books: every acknowledged log stored once with its
 * debit, balances equal to ledgers, one event per accepted log and none without its log, settlement equal to
 * voucher-service to the fen, and a replay of voucher.v1 from the start changes nothing.
 * <p>
 * {@code ./mvnw verify} runs one cycle with a few seconds of load around each kill; the long run is
 * {@code ./mvnw -pl deploy/crash-tests verify -Dcrash.cycles=3 -Dcrash.loadSeconds=30} (see docs/operations.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryTest {

    private static final int CYCLES = Integer.getInteger("crash.cycles", 1);
    private static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("crash.loadSeconds", 6));
    private static final int THREADS = Integer.getInteger("crash.threads", 4);
    private static final int PAIRS_PER_THREAD = 25;
    private static final Duration DOWN = Duration.ofSeconds(2);
    private static final Duration SETTLEMENT_RESUMES_WITHIN = Duration.ofSeconds(15);

    private static CrashStack stack;
    private static World world;
    private static Ledgers ledgers;
    private static VoucherTopic topic;
    private static LogLoad load;
    private static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void startAndSeed() {
        stack = CrashStack.start(Path.of("").toAbsolutePath());
        ledgers = new Ledgers(stack.jdbcUrl("voucher"), stack.jdbcUrl("settlement"));
        topic = new VoucherTopic(stack.kafkaBootstrapServers());
        world = World.publish(stack.kafkaBootstrapServers(), THREADS, PAIRS_PER_THREAD);
        await("voucher-service and settlement-service know the seeded world", Duration.ofMinutes(2), () ->
                ledgers.vouchersByElder().size() >= world.vouchers()
                        && ledgers.voucherCaregivers(world.providerId()) == world.vouchers()
                        && ledgers.settlementKnowsProvider(world.providerId()));
        Map<UUID, UUID> vouchers = ledgers.vouchersByElder();
        List<List<UUID>> voucherIds = world.pairsByThread().stream()
                .map(pairs -> pairs.stream().map(pair -> vouchers.get(pair.voucherElderId())).toList())
                .toList();
        load = new LogLoad(stack.baseUrl(Part.VOUCHER_SERVICE), stack.keycloakUrl(), world, voucherIds);
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        java.nio.file.Files.write(Path.of("target/crash-report.txt"), report);
        if (load != null) {
            load.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void a_killed_voucher_service_loses_and_doubles_nothing() {
        crashCycles(Part.VOUCHER_SERVICE);
    }

    @Test
    @Order(2)
    void a_killed_settlement_service_resumes_fast_and_counts_every_log_once() {
        crashCycles(Part.SETTLEMENT_SERVICE);
    }

    @Test
    @Order(3)
    void a_killed_kafka_broker_loses_and_doubles_no_event() {
        crashCycles(Part.KAFKA);
    }

    @Test
    @Order(4)
    void a_killed_postgresql_keeps_every_acknowledged_log() {
        crashCycles(Part.POSTGRES);
    }

    @Test
    @Order(5)
    void replaying_voucher_events_from_the_start_changes_nothing_in_settlement() {
        settle(Duration.ofMinutes(2), CrashRecoveryTest::everythingConsumed);
        List<StoredLog> before = ledgers.settlementLogs(world.providerId());
        long rowsBefore = ledgers.settlementLogCount(world.providerId());
        long totalBefore = ledgers.settlementRunningTotalFen(world.providerId());
        assertThat(before).isNotEmpty();

        stack.stopService(Part.SETTLEMENT_SERVICE);
        topic.rewindSettlement();
        assertThat(topic.settlementAtStart()).as("the rewound group has the whole topic to read again").isTrue();
        stack.startPart(Part.SETTLEMENT_SERVICE);
        await("settlement-service has read voucher.v1 again", Duration.ofMinutes(2), topic::settlementCaughtUp);

        assertThat(before).containsExactlyInAnyOrderElementsOf(ledgers.voucherAcceptedLogs(world.providerId()));
        assertThat(ledgers.settlementLogs(world.providerId())).containsExactlyInAnyOrderElementsOf(before);
        assertThat(ledgers.settlementLogCount(world.providerId())).isEqualTo(rowsBefore);
        assertThat(ledgers.settlementRunningTotalFen(world.providerId())).isEqualTo(totalBefore);
        report.add("[crash] replay of voucher.v1 from the start: " + before.size() + " logs, " + totalBefore
                + " fen, unchanged");
    }

    private static void crashCycles(Part part) {
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            Map<Integer, Long> answers = crashAndRecover(part, cycle);
            checkBooks(part + " cycle " + cycle);
            assertThat(answers).as("no answer is a 500 (an outage is 503 with Retry-After)").doesNotContainKey(500);
        }
    }

    /** @return how many answers of each status the clients got during the cycle */
    private static Map<Integer, Long> crashAndRecover(Part part, int cycle) {
        Map<Integer, Long> answersBefore = load.answersByStatus();
        load.start();
        sleep(LOAD);
        long acknowledgedAtKill = load.acknowledgedCount();
        long settledAtKill = ledgers.settlementLogCount(world.providerId());
        long killed = System.nanoTime();
        stack.kill(part);
        if (part == Part.POSTGRES) {
            await("voucher-service's readiness goes down without its database", Duration.ofSeconds(15),
                    () -> !HttpProbe.answersOk(stack.baseUrl(Part.VOUCHER_SERVICE) + "/q/health/ready"));
        }
        sleep(DOWN);
        long restarting = System.nanoTime();
        stack.startPart(part);
        long ready = System.nanoTime();
        await("voucher-service acknowledges logs again after " + part.label + " restarted", Duration.ofMinutes(2),
                () -> load.lastAcknowledgedAt() > ready);
        long acknowledging = load.lastAcknowledgedAt();
        await("settlement-service applies logs again after " + part.label + " restarted", Duration.ofMinutes(2),
                () -> ledgers.settlementLogCount(world.providerId()) > settledAtKill);
        long settling = System.nanoTime();
        if (part == Part.SETTLEMENT_SERVICE) {
            assertThat(Duration.ofNanos(settling - ready)).as("settlement consumption resumes after its restart")
                    .isLessThan(SETTLEMENT_RESUMES_WITHIN);
        }
        sleep(LOAD);
        load.stop();
        Map<Integer, Long> answers = difference(load.answersByStatus(), answersBefore);
        report.add(String.format("[crash] %-18s cycle %d: killed after %d acknowledged logs; down %.1f s, restarted and"
                        + " ready in %.1f s; logs acknowledged again %.1f s after ready, settlement applying again %.1f s"
                        + " after ready; answers during the cycle %s", part.label, cycle, acknowledgedAtKill,
                seconds(restarting - killed), seconds(ready - restarting), seconds(Math.max(0, acknowledging - ready)),
                seconds(Math.max(0, settling - ready)), answers));
        System.out.println(report.get(report.size() - 1));
        return answers;
    }

    private static void checkBooks(String when) {
        // If it never settles, the assertions below say what differs.
        settle(Duration.ofMinutes(2), CrashRecoveryTest::everythingConsumed);
        Map<String, Acknowledged> acknowledged = load.acknowledged();
        List<StoredLog> stored = ledgers.voucherAcceptedLogs(world.providerId());
        Map<String, List<StoredLog>> storedById = stored.stream()
                .collect(Collectors.groupingBy(StoredLog::providerLogId));

        assertThat(acknowledged).as("logs acknowledged " + when).isNotEmpty();
        assertThat(ledgers.voucherLogsNotAccepted(world.providerId())).as("rejected or voided logs " + when).isZero();
        assertThat(storedById.keySet()).as("accepted logs are exactly the acknowledged ones " + when)
                .containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
        acknowledged.forEach((providerLogId, ack) -> assertThat(storedById.get(providerLogId))
                .as("log " + providerLogId + " " + when)
                .containsExactly(new StoredLog(ack.serviceLogId(), providerLogId, ack.amountFen())));

        Map<UUID, long[]> debits = ledgers.debitsByLog();
        assertThat(debits.keySet()).as("debits are exactly those of accepted logs " + when)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(StoredLog::id).toList());
        for (StoredLog log : stored) {
            assertThat(debits.get(log.id())).as("one debit of the log's amount for " + log.providerLogId())
                    .containsExactly(1, -log.amountFen());
        }
        assertThat(ledgers.vouchersOutOfBalance()).as("vouchers whose balance is not their ledger " + when).isZero();

        Map<UUID, Integer> events = topic.acceptedEventsByLog();
        assertThat(events.keySet()).as("ServiceLogAccepted events are exactly those of accepted logs " + when)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(StoredLog::id).toList());
        assertThat(events.values()).as("each accepted log has one event " + when).containsOnly(1);

        assertThat(ledgers.settlementLogs(world.providerId())).as("settlement's logs " + when)
                .containsExactlyInAnyOrderElementsOf(stored);
        long totalFen = stored.stream().mapToLong(StoredLog::amountFen).sum();
        assertThat(ledgers.settlementRunningTotalFen(world.providerId())).as("settlement's running totals " + when)
                .isEqualTo(totalFen);
        String line = String.format("[crash] books after %s: %d logs acknowledged = stored = on voucher.v1 = in"
                + " settlement, %d fen", when, stored.size(), totalFen);
        report.add(line);
        System.out.println(line);
    }

    private static boolean everythingConsumed() {
        return ledgers.pendingOutboxRows() == 0 && topic.settlementCaughtUp()
                && ledgers.settlementLogCount(world.providerId())
                == ledgers.voucherAcceptedLogs(world.providerId()).size();
    }

    private static Map<Integer, Long> difference(Map<Integer, Long> after, Map<Integer, Long> before) {
        Map<Integer, Long> difference = new HashMap<>();
        after.forEach((status, count) -> {
            long delta = count - before.getOrDefault(status, 0L);
            if (delta > 0) {
                difference.put(status, delta);
            }
        });
        return new java.util.TreeMap<>(difference);
    }

    private static void settle(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(200));
        }
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
