package org.homecare.voucher.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.homecare.voucher.support.LogRequests.log;
import static org.homecare.voucher.support.LogRequests.newLogId;
import static org.homecare.voucher.support.LogRequests.submit;
import static org.homecare.voucher.support.LogRequests.submitBatch;
import static org.homecare.voucher.support.TestWorld.PROVIDER_A;
import static org.homecare.voucher.support.TestWorld.PROVIDER_B;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.SettlementEvents.PeriodClosed;
import org.homecare.deploy.test.PublishedEvents.Published;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.repository.ClosedPeriodRepository;
import org.homecare.voucher.repository.LedgerEntryRepository;
import org.homecare.voucher.support.TestEvents;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ServiceLogSubmissionTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    BusinessClock clock;

    @Inject
    LedgerEntryRepository ledger;

    @Inject
    ClosedPeriodRepository closedPeriods;

    @Inject
    EntityManager entityManager;

    String item;
    UUID caregiver;
    Voucher voucher;
    Instant start;

    @BeforeEach
    void world() {
        TestWorld.SubmissionScene scene = TestWorld.submissionScene();
        item = scene.item();
        caregiver = scene.caregiver();
        voucher = scene.voucher();
        start = clock.instant().minus(Duration.ofHours(3));
    }

    @Test
    void accepts_a_log_debits_the_voucher_and_publishes_the_acceptance_in_the_same_transaction() {
        String logId = newLogId();
        String id = submit("provider-a", log(logId, voucher.id(), caregiver, item, start, start.plusSeconds(3600), 2))
                .then().statusCode(201)
                .body("providerLogId", equalTo(logId))
                .body("status", equalTo("ACCEPTED"))
                .body("amountFen", equalTo(9_000))
                .body("balanceAfterFen", equalTo(51_000))
                .extract().path("id");

        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(51_000);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ledger.sumOf(voucher.id()))).isEqualTo(51_000);
        Map<String, Object> event = outboxEvent("ServiceLogAccepted", id);
        assertThat(event.get("event_key")).isEqualTo(voucher.id().toString());
        assertThat((String) event.get("payload")).contains("\"amountFen\":9000", "\"unitPriceFen\":4500",
                "\"providerId\":\"" + PROVIDER_A + "\"", "\"category\":\"HOUSEKEEPING\"",
                "\"districtCode\":\"340102\"", "\"elderId\":\"" + voucher.elderId() + "\"");
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/service-logs/" + id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("amountFen", equalTo(9_000))
                .body("providerId", equalTo(PROVIDER_A.toString()));
    }

    @Test
    void resubmitting_the_same_provider_log_id_returns_the_first_answer_and_changes_nothing() {
        Map<String, Object> body = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(3600), 1);
        String first = submit("provider-a", body).then().statusCode(201).extract().path("id");
        // the resubmission differs in its units: the stored answer still wins
        body.put("units", 3);
        submit("provider-a", body).then().statusCode(200)
                .body("id", equalTo(first)).body("amountFen", equalTo(4_500)).body("balanceAfterFen", equalTo(55_500));

        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(55_500);
        assertThat(countDebits(voucher.id())).isEqualTo(1);
    }

    @Test
    void a_rejected_log_is_stored_answered_with_all_its_reasons_and_replayed_identically() {
        String logId = newLogId();
        Map<String, Object> body = log(logId, voucher.id(), UUID.randomUUID(), item, start, start.minusSeconds(60), 1);
        submit("provider-a", body).then().statusCode(422).contentType(PROBLEM)
                .body("code", equalTo("SERVICE_LOG_REJECTED"))
                .body("reasons", contains("CAREGIVER_NOT_OF_PROVIDER", "INVALID_TIME_RANGE"));
        submit("provider-a", body).then().statusCode(422)
                .body("reasons", contains("CAREGIVER_NOT_OF_PROVIDER", "INVALID_TIME_RANGE"));

        given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("status", "REJECTED").queryParam("size", 500)
                .get("/api/v1/service-logs").then().statusCode(200)
                .body("items.providerLogId", hasItem(logId));
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
        assertThat(countOutbox("ServiceLogRejected", logId)).isEqualTo(1);
    }

    @Test
    void rejects_unknown_voucher_item_without_contract_and_a_service_in_the_future() {
        submit("provider-a", log(newLogId(), UUID.randomUUID(), caregiver, item, start, start.plusSeconds(600), 1))
                .then().statusCode(422).body("reasons", contains("VOUCHER_NOT_FOUND"));
        submit("provider-a", log(newLogId(), voucher.id(), caregiver, "NOSUCHITEM", start, start.plusSeconds(600), 1))
                .then().statusCode(422).body("reasons", contains("NO_CONTRACT_FOR_ITEM"));
        Instant later = clock.instant().plus(Duration.ofHours(2));
        submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, later, later.plusSeconds(600), 1))
                .then().statusCode(422).body("reasons", contains("IN_FUTURE"));
    }

    @Test
    void rejects_a_log_older_than_the_submission_window() {
        Instant old = clock.instant().minus(Duration.ofDays(40));
        submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, old, old.plusSeconds(600), 1))
                .then().statusCode(422).body("reasons", hasItem("SUBMITTED_TOO_LATE"))
                .body("reasons", not(hasItem("VOUCHER_NOT_ACTIVE")));
    }

    @Test
    void rejects_a_log_for_a_date_in_a_closed_period() {
        LocalDate lastMonth = clock.currentPeriod().minusMonths(1).atEndOfMonth();
        String period = clock.currentPeriod().minusMonths(1).toString();
        TestEvents.publish(new PeriodClosed(period, clock.instant()));
        TestWorld.awaitTrue(() -> closedPeriods.isClosed(period));
        Instant then = lastMonth.atTime(10, 0).atZone(BusinessClock.ZONE).toInstant();

        submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, then, then.plusSeconds(600), 1))
                .then().statusCode(422).body("reasons", hasItem("PERIOD_CLOSED"));
    }

    @Test
    void rejects_the_same_caregiver_in_two_places_at_once_even_at_another_provider() {
        String person = "pk-" + UUID.randomUUID();
        UUID atA = TestWorld.caregiver(PROVIDER_A, person);
        UUID atB = TestWorld.caregiver(PROVIDER_B, person);
        String itemB = TestWorld.newItemCode();
        TestWorld.contractFor(PROVIDER_B, itemB, "HOUSEKEEPING", 3_000);
        Voucher other = TestWorld.voucher(TestWorld.LUYANG, 60_000, TestWorld.ALL_CATEGORIES);

        submit("provider-a", log(newLogId(), voucher.id(), atA, item, start, start.plusSeconds(3600), 1))
                .then().statusCode(201);
        Instant overlapping = start.plusSeconds(1800);
        submit("provider-b", log(newLogId(), other.id(), atB, itemB, overlapping, overlapping.plusSeconds(3600), 1))
                .then().statusCode(422).body("reasons", contains("CAREGIVER_OVERLAP"));
        Instant after = start.plusSeconds(3600);
        submit("provider-b", log(newLogId(), other.id(), atB, itemB, after, after.plusSeconds(600), 1))
                .then().statusCode(201);
    }

    @Test
    void rejects_the_same_service_for_the_same_elder_twice_and_an_amount_over_the_balance() {
        UUID second = TestWorld.caregiver(PROVIDER_A);
        submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(600), 1))
                .then().statusCode(201);
        submit("provider-a", log(newLogId(), voucher.id(), second, item, start, start.plusSeconds(900), 1))
                .then().statusCode(422).body("reasons", contains("DUPLICATE_SERVICE"));

        Instant next = start.plusSeconds(1200);
        submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, next, next.plusSeconds(600), 13))
                .then().statusCode(422).body("reasons", contains("VOUCHER_BALANCE_INSUFFICIENT"));
        submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, next, next.plusSeconds(600), 12))
                .then().statusCode(201).body("balanceAfterFen", equalTo(1_500));
    }

    @Test
    void rejects_elder_outside_the_contract_districts_and_categories_the_voucher_does_not_cover() {
        Voucher shushan = TestWorld.voucher(TestWorld.SHUSHAN, 60_000, List.of("MEAL"));
        submit("provider-a", log(newLogId(), shushan.id(), caregiver, item, start, start.plusSeconds(600), 1))
                .then().statusCode(422).body("reasons", contains("DISTRICT_NOT_SERVED", "CATEGORY_NOT_ALLOWED"));
    }

    @Test
    void a_batch_answers_one_result_per_log_in_order() {
        UUID second = TestWorld.caregiver(PROVIDER_A);
        String repeated = newLogId();
        List<Map<String, Object>> logs = new ArrayList<>();
        logs.add(log(repeated, voucher.id(), caregiver, item, start, start.plusSeconds(600), 2));
        logs.add(log(newLogId(), UUID.randomUUID(), caregiver, item, start, start.plusSeconds(600), 1));
        logs.add(log(newLogId(), voucher.id(), second, item, start.plusSeconds(60), start.plusSeconds(600), 20));
        logs.add(log(repeated, voucher.id(), caregiver, item, start, start.plusSeconds(600), 2));
        logs.add(log(newLogId(), voucher.id(), second, item, start.plusSeconds(700), start.plusSeconds(900), 1));

        List<String> ids = submitBatch("provider-a", logs).then().statusCode(200)
                .body("results.status", contains("ACCEPTED", "REJECTED", "REJECTED", "ACCEPTED", "ACCEPTED"))
                // the caregiver is already at the first log's elder at that time
                .body("results[1].reasons", contains("VOUCHER_NOT_FOUND", "CAREGIVER_OVERLAP"))
                .body("results[2].reasons", contains("VOUCHER_BALANCE_INSUFFICIENT"))
                .body("results[0].balanceAfterFen", equalTo(51_000))
                .body("results[4].balanceAfterFen", equalTo(46_500))
                .body("accepted", equalTo(3)).body("rejected", equalTo(2))
                .extract().path("results.id");
        assertThat(countDebits(voucher.id())).isEqualTo(2);
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(46_500);
        // the repeated log is one stored log: one event and one audit record each, not two
        assertThat(ids.get(3)).isEqualTo(ids.get(0));
        for (String id : List.of(ids.get(0), ids.get(4))) {
            assertThat(countOutbox("ServiceLogAccepted", id)).isEqualTo(1);
        }
        for (String id : List.of(ids.get(1), ids.get(2))) {
            assertThat(countOutbox("ServiceLogRejected", id)).isEqualTo(1);
        }
        for (String id : List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(4))) {
            assertThat(auditOf(id)).containsExactly("SERVICE_LOGS_SUBMITTED provider-a");
        }
    }

    @Test
    void voiding_an_accepted_log_reverses_its_debit_once() {
        String id = submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(600),
                2)).then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.forUser("provider-b")).contentType(ContentType.JSON)
                .body(Map.of("reason", "not mine")).post("/api/v1/service-logs/" + id + "/void").then()
                .statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.forUser("provider-a")).contentType(ContentType.JSON)
                .body(Map.of("reason", "entered twice")).post("/api/v1/service-logs/" + id + "/void").then()
                .statusCode(200).body("status", equalTo("VOIDED")).body("voidReason", equalTo("entered twice"));
        given().auth().oauth2(Tokens.forUser("provider-a")).contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).post("/api/v1/service-logs/" + id + "/void").then()
                .statusCode(409).body("code", equalTo("NOT_VOIDABLE"));

        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
        given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/vouchers/" + voucher.id() + "/ledger")
                .then().statusCode(200)
                .body("items.type", contains("CREDIT", "DEBIT", "REVERSAL"))
                .body("items.amountFen", contains(60_000, -9_000, 9_000))
                .body("total", equalTo(3));
        assertThat(countOutbox("ServiceLogVoided", id)).isEqualTo(1);
        // the slot is free again: the same service may be logged anew
        submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(600), 2))
                .then().statusCode(201);
    }

    @Test
    void another_provider_sees_neither_the_log_nor_the_voucher_and_no_provider_sees_the_ledger() {
        String id = submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(600),
                1)).then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.forUser("provider-b")).get("/api/v1/service-logs/" + id).then()
                .statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.forUser("provider-b")).queryParam("size", 500).get("/api/v1/service-logs")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.forUser("provider-a")).get("/api/v1/service-logs/" + id).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/service-logs/" + id).then()
                .statusCode(200);

        Voucher unserved = TestWorld.voucher(TestWorld.SHUSHAN, 60_000, TestWorld.ALL_CATEGORIES);
        given().auth().oauth2(Tokens.forUser("provider-a")).get("/api/v1/vouchers/" + voucher.id()).then()
                .statusCode(200).body("balanceFen", equalTo(55_500)).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.forUser("provider-a")).get("/api/v1/vouchers/" + unserved.id()).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.forUser("provider-b")).queryParam("elderId", unserved.elderId().toString())
                .get("/api/v1/vouchers").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.forUser("caseworker")).queryParam("elderId", unserved.elderId().toString())
                .get("/api/v1/vouchers").then().statusCode(200).body("items[0].id", equalTo(unserved.id().toString()));
        given().auth().oauth2(Tokens.forUser("provider-a")).get("/api/v1/vouchers/" + voucher.id() + "/ledger")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/vouchers/" + voucher.id() + "/ledger")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/vouchers/" + voucher.id() + "/ledger")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void only_providers_submit_and_void() {
        Map<String, Object> body = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(600), 1);
        for (String user : List.of("city-admin", "auditor", "caseworker")) {
            given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/service-logs").then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON).body(Map.of("logs", List.of(body)))
                    .post("/api/v1/service-logs/batch").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/service-logs").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/service-logs").then().statusCode(401);
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
    }

    @Test
    void a_provider_the_city_never_approved_is_refused_everywhere_and_nothing_is_stored() {
        String logId = newLogId();
        Map<String, Object> body = log(logId, voucher.id(), caregiver, item, start, start.plusSeconds(600), 1);

        submit("provider-c", body).then().statusCode(403).contentType(PROBLEM).body("code", equalTo("PROVIDER_UNKNOWN"));
        submitBatch("provider-c", List.of(body)).then().statusCode(403).contentType(PROBLEM)
                .body("code", equalTo("PROVIDER_UNKNOWN"));
        given().auth().oauth2(Tokens.forUser("provider-c")).get("/api/v1/service-logs").then().statusCode(403)
                .contentType(PROBLEM).body("code", equalTo("PROVIDER_UNKNOWN"));
        given().auth().oauth2(Tokens.forUser("provider-c")).get("/api/v1/vouchers/" + voucher.id()).then()
                .statusCode(403).contentType(PROBLEM).body("code", equalTo("PROVIDER_UNKNOWN"));
        given().auth().oauth2(Tokens.forUser("provider-c")).queryParam("elderId", voucher.elderId().toString())
                .get("/api/v1/vouchers").then().statusCode(403).contentType(PROBLEM)
                .body("code", equalTo("PROVIDER_UNKNOWN"));
        String ofA = submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, start.plusSeconds(7200),
                start.plusSeconds(7800), 1)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.forUser("provider-c")).get("/api/v1/service-logs/" + ofA).then()
                .statusCode(403).contentType(PROBLEM).body("code", equalTo("PROVIDER_UNKNOWN"));
        given().auth().oauth2(Tokens.forUser("provider-c")).contentType(ContentType.JSON)
                .body(Map.of("reason", "not ours")).post("/api/v1/service-logs/" + ofA + "/void").then()
                .statusCode(403).contentType(PROBLEM).body("code", equalTo("PROVIDER_UNKNOWN"));
        given().auth().oauth2(Tokens.forUser("provider-a")).get("/api/v1/service-logs/" + ofA).then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));

        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000 - 4_500);
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from service_log where provider_log_id = ?1").setParameter(1, logId)
                .getSingleResult())).isEqualTo(0L);
    }

    @Test
    void careless_input_is_a_400_problem_naming_the_field_and_stores_nothing() {
        String logId = newLogId();
        Map<String, Map<String, Object>> cases = new HashMap<>();
        cases.put("units", with(logId, "units", 0));
        cases.put("latitude", with(logId, "latitude", 91.5));
        cases.put("confirmation", with(logId, "confirmation", "THUMBS_UP"));
        cases.put("itemCode", with(logId, "itemCode", "<script>"));
        cases.put("voucherId", with(logId, "voucherId", "not-a-uuid"));
        cases.put("providerLogId", with(logId, "providerLogId", ""));
        cases.put("startTime", with(logId, "startTime", null));
        cases.put("endTime", with(logId, "endTime", "2026-02-30T10:00:00Z")); // no such day
        cases.put("amountFen", with(logId, "amountFen", 1));
        cases.put("providerId", with(logId, "providerId", PROVIDER_B.toString()));
        cases.forEach((field, body) -> submit("provider-a", body).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(containsField(field))));

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(60), 1));
        }
        submitBatch("provider-a", tooMany).then().statusCode(400).contentType(PROBLEM);
        submitBatch("provider-a", List.of()).then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.forUser("auditor")).queryParam("size", 501).get("/api/v1/service-logs").then()
                .statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(Tokens.forUser("auditor")).queryParam("period", "2026-13").get("/api/v1/service-logs")
                .then().statusCode(400).body("errors.field", hasItem("period"));
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/service-logs/123").then().statusCode(400);

        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from service_log where provider_log_id = ?1").setParameter(1, logId)
                .getSingleResult()).longValue())).isZero();
    }

    private static org.hamcrest.Matcher<String> containsField(String field) {
        return org.hamcrest.Matchers.containsString(field);
    }

    private Map<String, Object> with(String logId, String field, Object value) {
        Map<String, Object> body = log(logId, voucher.id(), caregiver, item, start, start.plusSeconds(600), 1);
        body.put(field, value);
        return body;
    }

    private long countDebits(UUID voucherId) {
        return QuarkusTransaction.requiringNew().call(() -> ledger.count("voucherId = ?1 and type = ?2", voucherId,
                org.homecare.voucher.domain.LedgerEntryType.DEBIT));
    }

    private long countOutbox(String type, String containing) {
        return TestEvents.published(entityManager, type, containing).size();
    }

    /** The log's own audit records and that of the request that stored it, which must list the log. */
    @SuppressWarnings("unchecked")
    private List<String> auditOf(String logId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select a.action || ' ' || a.actor from audit_record a
                where (a.object_type = 'ServiceLog' and a.object_id = ?1)
                   or (a.object_type = 'ServiceLogSubmission'
                       and a.object_id = (select cast(s.submission_id as text) from service_log s
                                          where s.id = cast(?1 as uuid))
                       and a.after_state like '%' || ?1 || '%')
                order by a.at, a.id""")
                .setParameter(1, logId).getResultList());
    }

    private Map<String, Object> outboxEvent(String type, String containing) {
        List<Published> events = TestEvents.published(entityManager, type, containing);
        assertThat(events).as(type + " with " + containing).hasSize(1);
        return Map.of("event_key", events.get(0).key(), "payload", events.get(0).payload());
    }

}
