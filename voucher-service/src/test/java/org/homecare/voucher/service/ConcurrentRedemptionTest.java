package org.homecare.voucher.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecare.voucher.support.LogRequests.log;
import static org.homecare.voucher.support.TestWorld.PROVIDER_A;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.LedgerEntryType;
import org.homecare.voucher.domain.ServiceLogStatus;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.repository.LedgerEntryRepository;
import org.homecare.voucher.repository.ServiceLogRepository;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ConcurrentRedemptionTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/service-logs")
    URI serviceLogs;

    @Inject
    BusinessClock clock;

    @Inject
    LedgerEntryRepository ledger;

    @Inject
    ServiceLogRepository logs;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fifty_concurrent_submissions_never_spend_more_than_the_balance() throws Exception {
        TestWorld.providersApproved();
        String item = TestWorld.newItemCode();
        TestWorld.contractFor(PROVIDER_A, item, "MEAL", 7_000);
        UUID caregiver = TestWorld.caregiver(PROVIDER_A);
        Voucher voucher = TestWorld.voucher(TestWorld.YAOHAI, 60_000, TestWorld.ALL_CATEGORIES);
        Instant first = clock.instant().minus(Duration.ofHours(10));

        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Instant start = first.plus(Duration.ofMinutes(10L * i));
            Map<String, Object> body = log("C-" + UUID.randomUUID(), voucher.id(), caregiver, item, start,
                    start.plus(Duration.ofMinutes(5)), 1);
            calls.add(() -> post(body));
        }
        List<Integer> statuses = runTogether(calls);

        long accepted = statuses.stream().filter(s -> s == 201).count();
        assertThat(statuses).containsOnly(201, 422);
        assertThat(accepted).as("8 x 7,000 fen fit in 60,000").isEqualTo(8);
        Voucher after = TestWorld.reload(voucher.id());
        assertThat(after.balanceFen()).isEqualTo(60_000 - 8 * 7_000).isNotNegative();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.sumOf(voucher.id())))
                .isEqualTo(after.balanceFen());
        assertThat(QuarkusTransaction.requiringNew().call(() -> logs.count("voucherId = ?1 and status = ?2",
                voucher.id(), ServiceLogStatus.ACCEPTED))).isEqualTo(8);
    }

    @Test
    void the_same_log_submitted_concurrently_is_debited_once() throws Exception {
        TestWorld.providersApproved();
        String item = TestWorld.newItemCode();
        TestWorld.contractFor(PROVIDER_A, item, "MEAL", 2_000);
        UUID caregiver = TestWorld.caregiver(PROVIDER_A);
        Voucher voucher = TestWorld.voucher(TestWorld.YAOHAI, 60_000, TestWorld.ALL_CATEGORIES);
        Instant start = clock.instant().minus(Duration.ofHours(2));
        Map<String, Object> body = log("SAME-" + UUID.randomUUID(), voucher.id(), caregiver, item, start,
                start.plus(Duration.ofMinutes(30)), 1);

        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> post(body));
        }
        List<Integer> statuses = runTogether(calls);

        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(58_000);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.count("voucherId = ?1 and type = ?2",
                voucher.id(), LedgerEntryType.DEBIT))).isEqualTo(1);
    }

    @Test
    void the_same_log_id_sent_concurrently_for_two_vouchers_is_stored_once_and_answered_alike() throws Exception {
        TestWorld.providersApproved();
        String item = TestWorld.newItemCode();
        TestWorld.contractFor(PROVIDER_A, item, "MEAL", 2_000);
        UUID caregiver = TestWorld.caregiver(PROVIDER_A);
        List<Voucher> vouchers = List.of(TestWorld.voucher(TestWorld.YAOHAI, 60_000, TestWorld.ALL_CATEGORIES),
                TestWorld.voucher(TestWorld.YAOHAI, 60_000, TestWorld.ALL_CATEGORIES));
        Instant start = clock.instant().minus(Duration.ofHours(2));
        String logId = "TWICE-" + UUID.randomUUID();

        // different vouchers take different locks: only the unique key on the log id stops the second insert, and
        // the loser's retry then answers with the stored log
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> body = log(logId, vouchers.get(i % 2).id(), caregiver, item, start,
                    start.plus(Duration.ofMinutes(30)), 1);
            calls.add(() -> post(body));
        }
        List<Integer> statuses = runTogether(calls);

        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        long debits = 0;
        for (Voucher voucher : vouchers) {
            debits += QuarkusTransaction.requiringNew().call(() -> ledger.count("voucherId = ?1 and type = ?2",
                    voucher.id(), LedgerEntryType.DEBIT));
        }
        assertThat(debits).isEqualTo(1);
        assertThat(vouchers.stream().mapToLong(v -> TestWorld.reload(v.id()).balanceFen()).sum())
                .isEqualTo(2 * 60_000 - 2_000);
    }

    private int post(Map<String, Object> body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(serviceLogs)
                .header("Authorization", "Bearer " + Tokens.forUser("provider-a"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static List<Integer> runTogether(List<Callable<Integer>> calls) throws Exception {
        Tokens.forUser("provider-a");
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
