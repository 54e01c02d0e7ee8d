package org.homecare.voucher.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.homecare.voucher.support.LogRequests.log;
import static org.homecare.voucher.support.LogRequests.newLogId;
import static org.homecare.voucher.support.LogRequests.submit;
import static org.homecare.voucher.support.TestWorld.PROVIDER_A;
import static org.homecare.voucher.support.TestWorld.PROVIDER_B;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.ProviderEvents.Rate;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.CardNumber;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.support.AllPages;
import org.homecare.voucher.support.TestEvents;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * GET /api/v1/clients: the vouchers a provider may serve or has served lately, and nothing else. Its contracts here
 * are in districts no other test uses (Feidong 340121 for A, Changfeng 340123 for B), so what another test grants
 * elsewhere does not change who is a client.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ClientListTest {

    static final String PROBLEM = "application/problem+json";
    static final String FEIDONG = "340121";
    static final String FEIXI = "340122";
    static final String CHANGFENG = "340123";

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager entityManager;

    String item;
    UUID caregiver;
    Instant start;

    @BeforeEach
    void world() {
        TestWorld.providersApproved();
        item = TestWorld.newItemCode();
        LocalDate today = clock.today();
        TestWorld.contract(PROVIDER_A, List.of(FEIDONG), today.minusDays(90), today.plusDays(365),
                List.of(new Rate(item, "REHAB", "VISIT", 5_000, today.minusDays(90))));
        caregiver = TestWorld.caregiver(PROVIDER_A);
        start = clock.instant().minus(Duration.ofHours(6));
    }

    @Test
    void a_provider_sees_the_vouchers_it_may_serve_and_those_it_served_lately_and_nothing_else() {
        Voucher mayServe = TestWorld.voucherNamed(FEIDONG, 60_000, List.of("REHAB", "MEAL"), "张*");
        Voucher otherCategories = TestWorld.voucher(FEIDONG, 60_000, List.of("MEAL", "HOUSEKEEPING"));
        Voucher otherDistrict = TestWorld.voucher(FEIXI, 60_000, List.of("REHAB"));
        Voucher suspendedUnserved = TestWorld.suspended(TestWorld.voucher(FEIDONG, 60_000, List.of("REHAB")));
        // served, then the elder moved where A has no contract: still a client
        Voucher servedThenMoved = TestWorld.voucher(FEIDONG, 60_000, List.of("REHAB"));
        serve(servedThenMoved);
        servedThenMoved = TestWorld.moved(servedThenMoved, FEIXI, List.of("REHAB"));
        // served, then suspended: still a client, shown suspended
        Voucher servedThenSuspended = TestWorld.voucherNamed(FEIDONG, 60_000, List.of("REHAB"), "李四");
        serve(servedThenSuspended);
        servedThenSuspended = TestWorld.suspended(servedThenSuspended);
        // a voided log is no service, nor is a rejected one: typing a card number makes no one a client
        Voucher voidedThenMoved = TestWorld.voucher(FEIDONG, 60_000, List.of("REHAB"));
        voidLog(serve(voidedThenMoved));
        TestWorld.moved(voidedThenMoved, FEIXI, List.of("REHAB"));
        Voucher rejectedOnly = TestWorld.voucher(FEIXI, 60_000, List.of("REHAB"));
        submit("provider-a", log(newLogId(), rejectedOnly.id(), caregiver, item, nextStart(), nextStart(), 1)).then()
                .statusCode(422);
        // served within the last three calendar months (the current one counted), and before them
        Voucher servedTwoMonthsAgo = servedIn(clock.currentPeriod().minusMonths(2));
        Voucher servedThreeMonthsAgo = servedIn(clock.currentPeriod().minusMonths(3));
        TestWorld.contract(PROVIDER_B, List.of(CHANGFENG), clock.today().minusDays(90), clock.today().plusDays(365),
                List.of(new Rate(TestWorld.newItemCode(), "REHAB", "VISIT", 5_000, clock.today().minusDays(90))));
        Voucher ofB = TestWorld.voucher(CHANGFENG, 60_000, List.of("REHAB"));

        List<Voucher> mine = List.of(mayServe, otherCategories, otherDistrict, suspendedUnserved, servedThenMoved,
                servedThenSuspended, voidedThenMoved, rejectedOnly, servedTwoMonthsAgo, servedThreeMonthsAgo, ofB);
        List<JsonNode> ofA = all("provider-a");
        assertThat(cardsAmong(ofA, mine)).containsExactlyInAnyOrder(mayServe.cardNumber(),
                servedThenMoved.cardNumber(), servedThenSuspended.cardNumber(), servedTwoMonthsAgo.cardNumber());
        assertThat(ofA).extracting(c -> c.get("cardNumber").asText()).isSorted().doesNotHaveDuplicates();
        assertThat(cardsAmong(all("provider-b"), mine)).containsExactly(ofB.cardNumber());

        JsonNode row = ofA.stream().filter(c -> c.get("cardNumber").asText().equals(mayServe.cardNumber()))
                .findFirst().orElseThrow();
        List<String> fields = new ArrayList<>();
        row.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("voucherId", "cardNumber", "elderNameMasked", "balanceFen",
                "status", "districtCode", "categories");
        assertThat(row.get("voucherId").asText()).isEqualTo(mayServe.id().toString());
        assertThat(row.get("elderNameMasked").asText()).isEqualTo("张*");
        assertThat(row.get("balanceFen").asLong()).isEqualTo(60_000);
        assertThat(row.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(row.get("districtCode").asText()).isEqualTo(FEIDONG);
        assertThat(row.get("categories")).extracting(JsonNode::asText).containsExactlyInAnyOrder("REHAB", "MEAL");

        given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("cardNumber", servedThenSuspended.cardNumber())
                .get("/api/v1/clients").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].status", equalTo("SUSPENDED"))
                // the event gave a name in full by mistake: voucher-service keeps the surname only
                .body("items[0].elderNameMasked", equalTo("李*"))
                .body("items[0].balanceFen", equalTo(55_000))
                .body("items[0].districtCode", equalTo(FEIDONG));
        given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("cardNumber", otherDistrict.cardNumber())
                .get("/api/v1/clients").then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(Tokens.forUser("provider-b")).queryParam("cardNumber", mayServe.cardNumber())
                .get("/api/v1/clients").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void pages_are_in_card_number_order_and_a_card_number_finds_its_client() {
        Voucher first = TestWorld.voucher(FEIDONG, 60_000, List.of("REHAB"));
        Voucher second = TestWorld.voucher(FEIDONG, 60_000, List.of("REHAB"));

        long total = ((Number) given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("size", 1)
                .get("/api/v1/clients").then().statusCode(200).extract().path("total")).longValue();
        assertThat(total).isGreaterThanOrEqualTo(2);
        List<String> cards = new ArrayList<>();
        for (int page = 0; page < Math.min(total, 5); page++) {
            cards.add(given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("size", 1)
                    .queryParam("page", page).get("/api/v1/clients").then().statusCode(200)
                    .body("items", hasSize(1)).body("page", equalTo(page)).extract().path("items[0].cardNumber"));
        }
        assertThat(cards).isSorted().doesNotHaveDuplicates();
        given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("size", 1).queryParam("page", total)
                .get("/api/v1/clients").then().statusCode(200).body("items", hasSize(0))
                .body("total", equalTo((int) total));

        given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("cardNumber", second.cardNumber())
                .get("/api/v1/clients").then().statusCode(200).body("total", equalTo(1))
                .body("items.voucherId", containsInAnyOrder(second.id().toString()))
                .body("items[0].elderNameMasked", equalTo(null));
        assertThat(first.cardNumber()).isLessThan(second.cardNumber());
    }

    @Test
    void a_change_that_names_the_elder_names_the_client_and_one_without_a_name_keeps_it() {
        Voucher voucher = TestWorld.voucher(FEIDONG, 60_000, List.of("REHAB"));
        TestEvents.publish(new EligibilityChanged(voucher.elderId(), FEIDONG, 60_000,
                List.of("REHAB", "MEAL"), clock.today(), UUID.randomUUID(), 2, "王*"));
        TestWorld.awaitTrue(() -> "王*".equals(TestWorld.reload(voucher.id()).elderNameMasked()));
        TestWorld.moved(voucher, FEIXI, List.of("REHAB"));
        TestWorld.moved(voucher, FEIDONG, List.of("REHAB"));

        given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("cardNumber", voucher.cardNumber())
                .get("/api/v1/clients").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].elderNameMasked", equalTo("王*"));
    }

    @Test
    void a_card_number_filter_that_is_no_card_number_is_a_400_naming_it() {
        String card = CardNumber.issue("340100", 77).digits();
        String wrongCheckDigit = card.substring(0, 15) + (char) ('0' + (card.charAt(15) - '0' + 3) % 10);
        for (String malformed : List.of("123", card + "1", "34010000000000A7", wrongCheckDigit)) {
            given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("cardNumber", malformed)
                    .get("/api/v1/clients").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("cardNumber"));
        }
        given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("size", 501).get("/api/v1/clients").then()
                .statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void only_an_approved_provider_has_clients() {
        for (String user : List.of("city-admin", "auditor", "caseworker", "auditor-yaohai")) {
            given().auth().oauth2(Tokens.forUser(user)).get("/api/v1/clients").then().statusCode(403)
                    .contentType(PROBLEM);
        }
        given().auth().oauth2(Tokens.forUser("provider-c")).get("/api/v1/clients").then().statusCode(403)
                .contentType(PROBLEM).body("code", equalTo("PROVIDER_UNKNOWN"));
        given().get("/api/v1/clients").then().statusCode(401);
    }

    /** An accepted log of provider A for the voucher now; returns the log's id. */
    private String serve(Voucher voucher) {
        Instant at = nextStart();
        return submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, at, at.plusSeconds(600), 1)).then()
                .statusCode(201).extract().path("id");
    }

    /**
     * A voucher A served in an earlier month and that has moved out of A's districts since: the log is accepted now
     * and then set back to that month, as if it had been submitted then (the API takes no log that old).
     */
    private Voucher servedIn(YearMonth period) {
        Voucher voucher = TestWorld.voucher(FEIDONG, 60_000, List.of("REHAB"));
        String logId = serve(voucher);
        Instant then = period.atDay(15).atTime(10, 0).atZone(BusinessClock.ZONE).toInstant();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update service_log set period = ?1, service_date = ?2, start_time = ?3, end_time = ?4
                where id = ?5""")
                .setParameter(1, period.toString()).setParameter(2, period.atDay(15))
                .setParameter(3, then).setParameter(4, then.plusSeconds(600)).setParameter(5, UUID.fromString(logId))
                .executeUpdate());
        return TestWorld.moved(voucher, FEIXI, List.of("REHAB"));
    }

    private void voidLog(String logId) {
        given().auth().oauth2(Tokens.forUser("provider-a")).contentType(ContentType.JSON)
                .body(Map.of("reason", "entered for the wrong elder")).post("/api/v1/service-logs/" + logId + "/void")
                .then().statusCode(200);
    }

    /** Each log a quarter of an hour after the one before (they last ten minutes): one caregiver, one place. */
    private Instant nextStart() {
        start = start.plusSeconds(15 * 60);
        return start;
    }

    private static List<String> cardsAmong(List<JsonNode> clients, List<Voucher> vouchers) {
        List<String> cards = vouchers.stream().map(Voucher::cardNumber).toList();
        return clients.stream().map(c -> c.get("cardNumber").asText()).filter(cards::contains).toList();
    }

    private static List<JsonNode> all(String user) {
        return AllPages.of(user, "/api/v1/clients", Map.of());
    }
}
