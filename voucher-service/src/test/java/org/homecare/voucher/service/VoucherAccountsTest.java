package org.homecare.voucher.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.LedgerEntry;
import org.homecare.voucher.domain.LedgerEntryType;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;
import org.homecare.voucher.repository.LedgerEntryRepository;
import org.homecare.voucher.repository.MonthlyRunRecordRepository;
import org.homecare.voucher.support.TestEvents;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class VoucherAccountsTest {

    static final List<String> CATEGORIES = TestWorld.ALL_CATEGORIES;

    @Inject
    BusinessClock clock;

    @Inject
    LedgerEntryRepository ledger;

    @Inject
    MonthlyRun monthlyRun;

    @Inject
    MonthEnd monthEnd;

    @Inject
    LedgerService ledgerService;

    @Inject
    MonthlyRunRecordRepository runRecords;

    @Inject
    VoucherSettings settings;

    @Inject
    EntityManager entityManager;

    @Inject
    AccountService accounts;

    @Test
    void a_grant_opens_an_account_credited_in_full_for_the_current_month() {
        UUID elder = UUID.randomUUID();
        TestEvents.publish(new EligibilityGranted(elder, TestWorld.YAOHAI, 60_000, CATEGORIES, clock.today(),
                UUID.randomUUID(), 3));
        Voucher voucher = TestWorld.awaitVoucherOf(elder);

        assertThat(voucher.status()).isEqualTo(VoucherStatus.ACTIVE);
        assertThat(voucher.balanceFen()).isEqualTo(60_000);
        List<LedgerEntry> entries = entries(voucher.id());
        assertThat(entries).extracting(LedgerEntry::type).containsExactly(LedgerEntryType.CREDIT);
        assertThat(entries.get(0).period()).isEqualTo(clock.currentPeriod().toString());
        assertThat(outbox(voucher.id(), "VoucherIssued")).isEqualTo(1);
        assertThat(outbox(voucher.id(), "VoucherCredited")).isEqualTo(1);
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/vouchers/" + voucher.id()).then()
                .statusCode(200).body("balanceFen", equalTo(60_000)).body("districtCode", equalTo("340102"))
                .body("monthlyAmountFen", equalTo(60_000));
    }

    @Test
    void a_change_sets_next_months_amount_a_revocation_suspends_and_a_new_grant_reactivates() {
        UUID elder = UUID.randomUUID();
        TestEvents.publish(new EligibilityGranted(elder, TestWorld.YAOHAI, 60_000, CATEGORIES, clock.today(),
                UUID.randomUUID(), 1));
        Voucher voucher = TestWorld.awaitVoucherOf(elder);
        TestEvents.publish(new EligibilityChanged(elder, TestWorld.LUYANG, 80_000, List.of("MEAL"),
                clock.today(), UUID.randomUUID(), 2));
        TestWorld.awaitTrue(() -> TestWorld.reload(voucher.id()).monthlyAmountFen() == 80_000);
        Voucher changed = TestWorld.reload(voucher.id());
        assertThat(changed.balanceFen()).as("this month is not re-priced").isEqualTo(60_000);
        assertThat(changed.districtCode()).isEqualTo(TestWorld.LUYANG);
        assertThat(changed.categories()).containsExactly("MEAL");

        TestEvents.publish(new EligibilityRevoked(elder, TestWorld.LUYANG, "NO_RULE_MATCHES", clock.today(),
                UUID.randomUUID(), 2));
        TestWorld.awaitTrue(() -> TestWorld.reload(voucher.id()).status() == VoucherStatus.SUSPENDED);
        assertThat(outbox(voucher.id(), "VoucherSuspended")).isEqualTo(1);

        TestEvents.publish(new EligibilityGranted(elder, TestWorld.LUYANG, 80_000, List.of("MEAL"),
                clock.today(), UUID.randomUUID(), 3));
        TestWorld.awaitTrue(() -> TestWorld.reload(voucher.id()).status() == VoucherStatus.ACTIVE);
        assertThat(outbox(voucher.id(), "VoucherReactivated")).isEqualTo(1);
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).as("one credit per month").isEqualTo(60_000);
    }

    @Test
    void a_batch_of_events_is_applied_in_order_each_event_once() {
        UUID existingElder = UUID.randomUUID();
        TestEvents.publish(new EligibilityGranted(existingElder, TestWorld.YAOHAI, 60_000, CATEGORIES, clock.today(),
                UUID.randomUUID(), 1));
        Voucher existing = TestWorld.awaitVoucherOf(existingElder);
        UUID newElder = UUID.randomUUID();
        // the revocation's status change comes before the new account in the batch, yet references another voucher
        EligibilityEvent revoke = new EligibilityEvent.Revoked(UUID.randomUUID(), new EligibilityRevoked(existingElder,
                TestWorld.YAOHAI, "NO_RULE_MATCHES", clock.today(), UUID.randomUUID(), 2));
        EligibilityEvent grant = new EligibilityEvent.Granted(UUID.randomUUID(), new EligibilityGranted(newElder,
                TestWorld.LUYANG, 50_000, CATEGORIES, clock.today(), UUID.randomUUID(), 1));
        EligibilityEvent change = new EligibilityEvent.Changed(UUID.randomUUID(), new EligibilityChanged(newElder,
                TestWorld.LUYANG, 70_000, List.of("MEAL"), clock.today(), UUID.randomUUID(), 2));

        accounts.applyAll(List.of(revoke, grant, change, grant));
        accounts.applyAll(List.of(grant, change, revoke));

        assertThat(TestWorld.reload(existing.id()).status()).isEqualTo(VoucherStatus.SUSPENDED);
        assertThat(outbox(existing.id(), "VoucherSuspended")).isEqualTo(1);
        Voucher opened = TestWorld.awaitVoucherOf(newElder);
        assertThat(opened.status()).isEqualTo(VoucherStatus.ACTIVE);
        assertThat(opened.monthlyAmountFen()).as("the change, applied after the grant").isEqualTo(70_000);
        assertThat(opened.balanceFen()).as("credited once, with the grant's amount").isEqualTo(50_000);
        assertThat(entries(opened.id())).extracting(LedgerEntry::type).containsExactly(LedgerEntryType.CREDIT);
        assertThat(outbox(opened.id(), "VoucherIssued")).isEqualTo(1);
        assertThat(outbox(opened.id(), "VoucherCredited")).isEqualTo(1);
    }

    @Test
    void death_closes_the_account_for_good() {
        UUID elder = UUID.randomUUID();
        TestEvents.publish(new EligibilityGranted(elder, TestWorld.YAOHAI, 60_000, CATEGORIES, clock.today(),
                UUID.randomUUID(), 1));
        Voucher voucher = TestWorld.awaitVoucherOf(elder);
        TestEvents.publish(new EligibilityRevoked(elder, TestWorld.YAOHAI, "DECEASED", clock.today(),
                UUID.randomUUID(), 1));
        TestWorld.awaitTrue(() -> TestWorld.reload(voucher.id()).status() == VoucherStatus.CLOSED);
        TestEvents.publish(new EligibilityGranted(elder, TestWorld.YAOHAI, 60_000, CATEGORIES, clock.today(),
                UUID.randomUUID(), 2));
        // a marker on the same partition: once it is applied, the grant before it was too
        TestEvents.publish(new EligibilityChanged(elder, TestWorld.YAOHAI, 12_345, CATEGORIES, clock.today(),
                UUID.randomUUID(), 2));
        TestWorld.awaitTrue(() -> TestWorld.reload(voucher.id()).monthlyAmountFen() == 12_345);

        assertThat(TestWorld.reload(voucher.id()).status()).isEqualTo(VoucherStatus.CLOSED);
        assertThat(outbox(voucher.id(), "VoucherClosed")).isEqualTo(1);
        assertThat(outbox(voucher.id(), "VoucherReactivated")).isZero();
    }

    @Test
    void the_monthly_credit_pays_each_active_account_once_per_period() {
        UUID elder = UUID.randomUUID();
        // granted with nothing this month, then raised: only the monthly run credits it
        TestEvents.publish(new EligibilityGranted(elder, TestWorld.YAOHAI, 0, CATEGORIES, clock.today(),
                UUID.randomUUID(), 1));
        Voucher voucher = TestWorld.awaitVoucherOf(elder);
        TestEvents.publish(new EligibilityChanged(elder, TestWorld.YAOHAI, 30_000, CATEGORIES, clock.today(),
                UUID.randomUUID(), 2));
        TestWorld.awaitTrue(() -> TestWorld.reload(voucher.id()).monthlyAmountFen() == 30_000);
        String period = clock.currentPeriod().toString();

        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/credits/" + period).then()
                .statusCode(200).body("period", equalTo(period));
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/credits/" + period).then()
                .statusCode(200).body("credited", equalTo(0));

        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(30_000);
        assertThat(entries(voucher.id())).extracting(LedgerEntry::type).containsExactly(LedgerEntryType.CREDIT);
        given().auth().oauth2(Tokens.forUser("provider-a")).post("/api/v1/credits/" + period).then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/credits/"
                + clock.currentPeriod().plusMonths(1)).then().statusCode(409);
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/credits/november").then().statusCode(400);
    }

    @Test
    void a_month_finished_before_a_restart_is_not_examined_again() {
        YearMonth period = clock.currentPeriod();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from monthly_run where period = ?1")
                .setParameter(1, period.toString()).executeUpdate());

        MonthlyRun beforeRestart = new MonthlyRun(ledgerService, runRecords, clock, settings, monthEnd);
        assertThat(beforeRestart.runUnlessFinished(period)).as("nothing recorded: the month runs").isPresent();
        assertThat(runRecords.finished(period)).isTrue();

        // a new instance has no memory of its own, as after a restart: only the record tells it the month is done
        MonthlyRun afterRestart = new MonthlyRun(ledgerService, runRecords, clock, settings, monthEnd);
        assertThat(afterRestart.runUnlessFinished(period)).isEmpty();
    }

    @Test
    void month_end_expiry_takes_the_unused_balance_once() {
        Voucher voucher = TestWorld.voucher(TestWorld.YAOHAI, 60_000, CATEGORIES);

        int expired = endMonth(clock.currentPeriod());
        int again = endMonth(clock.currentPeriod());

        assertThat(expired).isPositive();
        assertThat(again).isZero();
        Voucher after = TestWorld.reload(voucher.id());
        assertThat(after.balanceFen()).isZero();
        assertThat(entries(voucher.id())).extracting(LedgerEntry::type)
                .containsExactly(LedgerEntryType.CREDIT, LedgerEntryType.EXPIRY);
        assertThat(outbox(voucher.id(), "BalanceExpired")).isEqualTo(1);
    }

    @Test
    void replaying_every_consumed_eligibility_event_leaves_balances_unchanged() {
        List<EventEnvelope> published = new ArrayList<>();
        List<UUID> elders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID elder = UUID.randomUUID();
            elders.add(elder);
            published.add(TestEvents.publish(new EligibilityGranted(elder, TestWorld.YAOHAI, 60_000, CATEGORIES,
                    clock.today(), UUID.randomUUID(), 1)));
            published.add(TestEvents.publish(new EligibilityChanged(elder, TestWorld.YAOHAI, 70_000, CATEGORIES,
                    clock.today(), UUID.randomUUID(), 2)));
            if (i % 2 == 0) {
                published.add(TestEvents.publish(new EligibilityRevoked(elder, TestWorld.YAOHAI, "NO_RULE_MATCHES",
                        clock.today(), UUID.randomUUID(), 2)));
            }
        }
        for (UUID elder : elders) {
            Voucher v = TestWorld.awaitVoucherOf(elder);
            TestWorld.awaitTrue(() -> TestWorld.reload(v.id()).monthlyAmountFen() == 70_000);
        }
        TestWorld.awaitTrue(() -> TestWorld.awaitVoucherOf(elders.get(4)).status() == VoucherStatus.SUSPENDED);
        List<String> before = state(elders);

        for (EventEnvelope envelope : published) {
            TestEvents.send("eligibility.v1", envelope.subject(),
                    org.homecare.contracts.events.EventCodec.encode(envelope));
        }
        // markers after the replays on each elder's partition
        for (UUID elder : elders) {
            TestEvents.publish(new EligibilityChanged(elder, TestWorld.YAOHAI, 70_001, CATEGORIES, clock.today(),
                    UUID.randomUUID(), 3));
        }
        for (UUID elder : elders) {
            TestWorld.awaitTrue(() -> TestWorld.awaitVoucherOf(elder).monthlyAmountFen() == 70_001);
        }

        assertThat(state(elders)).isEqualTo(before);
    }

    private List<String> state(List<UUID> elders) {
        return elders.stream().map(TestWorld::awaitVoucherOf)
                .map(v -> v.status() + " " + v.balanceFen() + " " + entries(v.id()).size() + " "
                        + outbox(v.id(), "VoucherCredited"))
                .toList();
    }

    private static EventEnvelope envelope(DomainEvent event) {
        return EventCodec.envelope(UUID.randomUUID(), event, "test", Instant.now());
    }

    private List<LedgerEntry> entries(UUID voucherId) {
        return QuarkusTransaction.requiringNew().call(() -> ledger.ofVoucher(voucherId).list());
    }

    private long outbox(UUID voucherId, String type) {
        return TestEvents.published(entityManager, type, voucherId.toString()).stream()
                .filter(e -> voucherId.toString().equals(e.key())).count();
    }


    /** The ledger's part of a month's end (MonthEnd waits for the window; the ledger step does not). */
    private int endMonth(YearMonth period) {
        int posted = 0;
        UUID after = new UUID(0, 0);
        LedgerService.Chunk chunk;
        do {
            chunk = ledgerService.endNextChunk(period, false, after, 500, "test");
            posted += chunk.posted();
            after = chunk.last();
        } while (chunk.examined() == 500);
        return posted;
    }
}
