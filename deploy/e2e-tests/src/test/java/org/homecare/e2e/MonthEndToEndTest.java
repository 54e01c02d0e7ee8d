package org.homecare.e2e;

import org.homecare.deploy.Directories;
import org.homecare.deploy.demo.DemoMonth;
import org.homecare.deploy.demo.MonthResult;
import org.homecare.deploy.demo.MonthResult.ServiceLog;
import org.homecare.deploy.demo.MonthResult.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four packaged services on real PostgreSQL, Kafka and Keycloak play the demo month through their public REST
 * APIs with real tokens (deploy/demo): elders registered, vouchers issued and credited through Kafka, a month of
 * service logs, period close, a silent provider deemed to confirm, a dispute upheld, approval to the accounts
 * registered through provider-service, payment, one payment returned and paid again. The month is then played a second
 * time, as an operator re-running {@code deploy/stack demo} would. Every assertion compares what two services answer.
 */
class MonthEndToEndTest {

    // The dev realm's two provider users; the demo submits logs for these two providers only.
    private static final Set<String> PROVIDERS_WITH_LOGS = Set.of("91340100MA2NHC015G", "91340100MA2NHC023B");

    /** The demo's careless logs (providerLogId ends with the key) and the reason voucher-service must give. */
    private static final Map<String, String> INTENDED_REJECTIONS = Map.of(
            "mistake-caregiver-of-another-provider", "CAREGIVER_NOT_OF_PROVIDER",
            "mistake-item-not-in-contract", "NO_CONTRACT_FOR_ITEM",
            "mistake-card-outside-its-districts", "VOUCHER_NOT_FOUND",
            "mistake-in-future", "IN_FUTURE",
            "mistake-over-balance", "VOUCHER_BALANCE_INSUFFICIENT");

    private static EndToEndStack stack;
    private static MonthResult month;
    private static MonthResult replayed;

    @BeforeAll
    static void playTheMonthTwice() throws Exception {
        Path moduleDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        stack = EndToEndStack.start(moduleDir);
        // A fresh stack: the demo's memory of an earlier run would point at elders this database never saw.
        Path demoState = moduleDir.resolve("target/demo-state");
        Directories.deleteTree(demoState);
        long begin = System.nanoTime();
        month = DemoMonth.play(stack.endpoints(), demoState);
        System.out.printf("[e2e] month %s played in %.1f s%n", month.period(), (System.nanoTime() - begin) / 1e9);
        begin = System.nanoTime();
        replayed = DemoMonth.play(stack.endpoints(), demoState);
        System.out.printf("[e2e] month %s replayed in %.1f s%n", replayed.period(), (System.nanoTime() - begin) / 1e9);
    }

    @AfterAll
    static void stopEverything() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void the_period_is_closed_with_a_statement_for_every_provider_with_accepted_logs() {
        assertThat(month.close().status()).isEqualTo("CLOSED");
        assertThat(month.close().alreadyClosed()).isFalse();
        assertThat(month.acceptedLogs()).as("accepted logs of the month").isNotEmpty();

        Set<UUID> providersWithAcceptedLogs = month.acceptedLogs().stream().map(ServiceLog::providerId)
                .collect(Collectors.toSet());
        assertThat(month.statements()).extracting(Statement::providerId)
                .containsExactlyInAnyOrderElementsOf(providersWithAcceptedLogs);
        assertThat(month.statements()).extracting(Statement::creditCode)
                .containsExactlyInAnyOrderElementsOf(PROVIDERS_WITH_LOGS);
        assertThat(month.close().statementCount()).isEqualTo(month.statements().size());
    }

    @Test
    void each_statement_total_is_its_lines_plus_its_adjustments() {
        assertThat(month.statements()).isNotEmpty().allSatisfy(statement -> {
            assertThat(statement.lineAmountsFen()).as("lines of %s", statement.creditCode()).isNotEmpty();
            assertThat(sum(statement.lineAmountsFen())).as("lines of %s", statement.creditCode())
                    .isEqualTo(statement.linesFen());
            assertThat(sum(statement.adjustmentAmountsFen())).as("adjustments of %s", statement.creditCode())
                    .isEqualTo(statement.adjustmentsFen());
            assertThat(statement.totalFen()).as("total of %s", statement.creditCode())
                    .isEqualTo(statement.linesFen() + statement.adjustmentsFen());
        });
        assertThat(month.close().totalFen()).as("total announced by the close")
                .isEqualTo(month.statements().stream().mapToLong(Statement::totalFen).sum());
    }

    @Test
    void statements_match_the_accepted_logs_to_the_fen() {
        Map<UUID, Long> acceptedFen = month.acceptedFenByProvider();
        assertThat(month.statements()).isNotEmpty().allSatisfy(statement -> {
            // A fresh stack has no log of an earlier month arriving late, so nothing is carried as an adjustment.
            assertThat(statement.adjustmentsFen()).as("adjustments of %s", statement.creditCode()).isZero();
            assertThat(statement.totalFen()).as("statement of %s against its accepted logs in voucher-service",
                    statement.creditCode()).isEqualTo(acceptedFen.get(statement.providerId()));
        });
    }

    @Test
    void the_statements_add_up_to_everything_voucher_service_accepted() {
        long statementsFen = month.statements().stream().mapToLong(Statement::totalFen).sum();
        assertThat(month.acceptedFen()).isPositive();
        assertThat(statementsFen).isEqualTo(month.acceptedFen());
        assertThat(month.statementLinesFen()).isEqualTo(month.acceptedFen());
    }

    @Test
    void the_careless_logs_are_rejected_with_the_reasons_they_provoke() {
        Map<UUID, List<ServiceLog>> rejectedByProvider = month.rejectedLogs().stream()
                .collect(Collectors.groupingBy(ServiceLog::providerId));
        assertThat(rejectedByProvider.keySet()).as("providers with rejected logs")
                .containsExactlyInAnyOrderElementsOf(month.statements().stream().map(Statement::providerId).toList());
        rejectedByProvider.forEach((provider, rejected) -> {
            // Only the deliberate mistakes are rejected: the ordinary month is scheduled to pass every rule.
            assertThat(rejected).as("rejected logs of provider %s", provider).hasSize(INTENDED_REJECTIONS.size());
            INTENDED_REJECTIONS.forEach((mistake, reason) -> assertThat(rejected)
                    .filteredOn(log -> log.providerLogId().endsWith(mistake))
                    .singleElement()
                    .satisfies(log -> assertThat(log.reasons()).as(log.providerLogId()).contains(reason)));
        });
        assertThat(month.acceptedLogs()).noneMatch(log -> log.providerLogId().contains("-mistake-"));
    }

    @Test
    void a_visit_away_from_home_is_paid_once_explained_and_never_when_left_unexplained() {
        Set<UUID> providers = month.statements().stream().map(Statement::providerId).collect(Collectors.toSet());
        List<ServiceLog> explained = month.acceptedLogs().stream()
                .filter(log -> log.providerLogId().endsWith("-away-resolved")).toList();
        // every provider with a login (provider-a, provider-b) logged one of each
        assertThat(explained).hasSize(2).allSatisfy(log -> assertThat(providers).contains(log.providerId()));
        assertThat(month.acceptedLogs()).noneMatch(log -> log.providerLogId().endsWith("-away-unresolved"));
        assertThat(month.rejectedLogs()).noneMatch(log -> log.providerLogId().contains("-away-"));
    }

    @Test
    void every_statement_is_paid_its_exact_total() {
        assertThat(month.statements()).isNotEmpty().allSatisfy(statement -> {
            assertThat(statement.status()).as("status of %s", statement.creditCode()).isEqualTo("PAID");
            assertThat(statement.paidFen()).as("paid to %s", statement.creditCode()).isEqualTo(statement.totalFen());
        });
    }

    @Test
    void providers_are_paid_to_the_accounts_registered_through_the_api_and_the_books_reconcile() {
        assertThat(month.statements()).isNotEmpty().allSatisfy(statement -> assertThat(statement.payeeAccountNumber())
                .as("payee of %s", statement.creditCode()).matches("6222 \\*{4} \\*{4} [0-9]{4}"));
        long statementsFen = month.statements().stream().mapToLong(Statement::totalFen).sum();
        assertThat(month.reconciliation().approvedFen()).isEqualTo(statementsFen);
        assertThat(month.reconciliation().paidFen()).isEqualTo(statementsFen);
        assertThat(month.reconciliation().outstandingFen()).isZero();
        assertThat(month.reconciliation().returnedCount()).as("the one payment the bank returned").isEqualTo(1);
        Statement returned = month.statements().stream().filter(s -> s.payments() == 2).findFirst().orElseThrow();
        assertThat(month.reconciliation().returnedFen()).isEqualTo(returned.totalFen());
        assertThat(returned.steps()).containsSubsequence("DISPUTED", "UPHELD", "APPROVED", "PAID",
                "PAYMENT_RETURNED", "REAPPROVED", "PAID");
        assertThat(month.statements()).filteredOn(s -> s.steps().contains("DEEMED_CONFIRMED"))
                .as("the silent provider's statement").hasSize(1);
    }

    @Test
    void playing_the_month_again_changes_no_totals() {
        assertThat(replayed.period()).isEqualTo(month.period());
        assertThat(replayed.close().alreadyClosed()).isTrue();
        assertThat(replayed.close().totalFen()).isEqualTo(month.close().totalFen());
        assertThat(replayed.statements()).containsExactlyInAnyOrderElementsOf(month.statements());
        assertThat(replayed.acceptedLogs()).containsExactlyInAnyOrderElementsOf(month.acceptedLogs());
        assertThat(replayed.rejectedLogs()).containsExactlyInAnyOrderElementsOf(month.rejectedLogs());
        assertThat(replayed.reconciliation()).isEqualTo(month.reconciliation());
    }

    private static long sum(List<Long> amounts) {
        return amounts.stream().mapToLong(Long::longValue).sum();
    }
}
