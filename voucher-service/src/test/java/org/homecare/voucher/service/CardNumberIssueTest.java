package org.homecare.voucher.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.EligibilityEvents;
import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.deploy.test.PublishedEvents.Published;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.CardNumber;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.domain.VoucherStatus;
import org.homecare.voucher.support.TestEvents;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class CardNumberIssueTest {

    static final List<String> CATEGORIES = TestWorld.ALL_CATEGORIES;

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    AccountService accounts;

    @Test
    void a_new_voucher_gets_a_card_number_of_the_city_prefix_shown_on_its_view_and_in_voucher_issued() {
        Voucher voucher = TestWorld.voucher(TestWorld.YAOHAI, 60_000, CATEGORIES);

        assertThat(voucher.cardNumber()).startsWith("340100").hasSize(16);
        assertThat(CardNumber.parse(voucher.cardNumber()).digits()).isEqualTo(voucher.cardNumber());
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/vouchers/" + voucher.id()).then()
                .statusCode(200).body("cardNumber", equalTo(voucher.cardNumber()));
        List<Published> issued = TestEvents.published(entityManager, "VoucherIssued", voucher.id().toString());
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).payload()).contains("\"cardNumber\":\"" + voucher.cardNumber() + "\"");
    }

    @Test
    void a_batch_of_grants_draws_one_new_number_per_account_it_opens() {
        Voucher before = TestWorld.voucher(TestWorld.LUYANG, 60_000, CATEGORIES);
        List<UUID> elders = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<EligibilityEvent> batch = new ArrayList<>();
        for (UUID elder : elders) {
            batch.add(new EligibilityEvent.Granted(UUID.randomUUID(), grant(elder)));
        }
        // a change of an elder just granted, and of one whose grant was never seen (it opens the account)
        UUID changedOnly = UUID.randomUUID();
        batch.add(new EligibilityEvent.Changed(UUID.randomUUID(), change(elders.get(0))));
        batch.add(new EligibilityEvent.Changed(UUID.randomUUID(), change(changedOnly)));
        accounts.applyAll(batch);

        List<String> numbers = new ArrayList<>();
        for (UUID elder : List.of(elders.get(0), elders.get(1), elders.get(2), changedOnly)) {
            numbers.add(TestWorld.awaitVoucherOf(elder).cardNumber());
        }
        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(n -> assertThat(CardNumber.parse(n)).isNotNull());
        assertThat(numbers).allSatisfy(n -> assertThat(n).isGreaterThan(before.cardNumber()));
        // the change changed the account, not its card
        assertThat(TestWorld.awaitVoucherOf(elders.get(0)).monthlyAmountFen()).isEqualTo(70_000);
    }

    @Test
    void a_closed_voucher_keeps_its_number_and_no_later_voucher_gets_it() {
        Voucher closed = TestWorld.voucher(TestWorld.YAOHAI, 60_000, CATEGORIES);
        TestEvents.publish(new EligibilityRevoked(closed.elderId(), TestWorld.YAOHAI, EligibilityEvents.DECEASED,
                clock.today(), UUID.randomUUID(), 2));
        TestWorld.awaitTrue(() -> TestWorld.reload(closed.id()).status() == VoucherStatus.CLOSED);
        Voucher later = TestWorld.voucher(TestWorld.YAOHAI, 60_000, CATEGORIES);

        assertThat(TestWorld.reload(closed.id()).cardNumber()).isEqualTo(closed.cardNumber());
        assertThat(later.cardNumber()).isGreaterThan(closed.cardNumber());
    }

    @Test
    void the_database_refuses_two_vouchers_with_one_card_number() {
        Voucher first = TestWorld.voucher(TestWorld.YAOHAI, 60_000, CATEGORIES);
        Voucher second = TestWorld.voucher(TestWorld.YAOHAI, 60_000, CATEGORIES);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update voucher set card_number = ?1 where id = ?2")
                .setParameter(1, first.cardNumber()).setParameter(2, second.id()).executeUpdate()))
                .hasStackTraceContaining("voucher_card_number_unique");
        assertThat(TestWorld.reload(second.id()).cardNumber()).isNotEqualTo(first.cardNumber());
    }

    /**
     * V7 on a database that has vouchers already: they are numbered in the order they were opened, with the city
     * prefix and a check digit, and the sequence goes on after the last. Played in a schema of its own, on
     * connections of its own (the service's pool keeps its search path).
     */
    @Test
    void the_migration_numbers_existing_vouchers_in_opening_order_and_the_sequence_goes_on_after_them()
            throws SQLException {
        String schema = "card_migration_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = connection(); Statement sql = connection.createStatement()) {
            try {
                flyway(schema, "6").migrate();
                UUID[] ids = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };
                // opened on the 3rd, the 1st and the 2nd of March
                String[] openedOn = { "2026-03-03", "2026-03-01", "2026-03-02" };
                for (int i = 0; i < ids.length; i++) {
                    sql.execute(insertVoucher(schema, ids[i], openedOn[i]));
                }
                flyway(schema, "latest").migrate();

                assertThat(cardOf(sql, schema, ids[1])).isEqualTo(CardNumber.issue("340100", 1).digits());
                assertThat(cardOf(sql, schema, ids[2])).isEqualTo(CardNumber.issue("340100", 2).digits());
                assertThat(cardOf(sql, schema, ids[0])).isEqualTo(CardNumber.issue("340100", 3).digits());
                try (ResultSet next = sql.executeQuery("select nextval('" + schema + ".voucher_card_number_seq')")) {
                    next.next();
                    assertThat(next.getLong(1)).isEqualTo(4);
                }
                assertThatThrownBy(() -> sql.execute(insertVoucher(schema, UUID.randomUUID(), "2026-03-04")))
                        .isInstanceOf(SQLException.class).hasMessageContaining("card_number");
            } finally {
                sql.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                config("quarkus.datasource.username"), config("quarkus.datasource.password"));
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    private static Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(config("quarkus.datasource.jdbc.url"),
                config("quarkus.datasource.username"), config("quarkus.datasource.password"))
                .schemas(schema).createSchemas(true).locations("classpath:db/migration").target(target)
                .placeholders(Map.of("card_prefix", "340100")).load();
    }

    /** A voucher row as the schema had them before V7: no card number. */
    private static String insertVoucher(String schema, UUID id, String openedOn) {
        return "insert into " + schema + ".voucher (id, elder_id, status, district_code, categories,"
                + " monthly_amount_fen, balance_fen, entry_count, status_count, opened_on) values ('" + id + "', '"
                + UUID.randomUUID() + "', 'ACTIVE', '340102', 'MEAL', 60000, 0, 0, 1, '" + openedOn + "')";
    }

    private static String cardOf(Statement sql, String schema, UUID id) throws SQLException {
        try (ResultSet row = sql.executeQuery("select card_number from " + schema + ".voucher where id = '" + id
                + "'")) {
            row.next();
            return row.getString(1);
        }
    }

    private EligibilityGranted grant(UUID elder) {
        return new EligibilityGranted(elder, TestWorld.LUYANG, 50_000, CATEGORIES, clock.today(), UUID.randomUUID(), 1);
    }

    private EligibilityChanged change(UUID elder) {
        return new EligibilityChanged(elder, TestWorld.LUYANG, 70_000, CATEGORIES, clock.today(), UUID.randomUUID(), 2);
    }
}
