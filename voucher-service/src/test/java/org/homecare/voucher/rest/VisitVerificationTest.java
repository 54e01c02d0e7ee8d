package org.homecare.voucher.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.homecare.voucher.support.LogRequests.log;
import static org.homecare.voucher.support.LogRequests.newLogId;
import static org.homecare.voucher.support.LogRequests.submit;
import static org.homecare.voucher.support.TestWorld.PROVIDER_A;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.ProviderEvents.Rate;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.service.VisitExceptions;
import org.homecare.voucher.support.TestEvents;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Location and duration checks hold a log as a visit exception, which the provider resolves (docs/domain.md). */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class VisitVerificationTest {

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    VisitExceptions visitExceptions;

    String item;
    UUID caregiver;
    Voucher voucher;
    Instant start;

    @BeforeEach
    void world() {
        TestWorld.SubmissionScene scene = TestWorld.submissionScene();
        item = scene.item();
        caregiver = scene.caregiver();
        voucher = TestWorld.voucherAtHome(TestWorld.YAOHAI, 60_000, TestWorld.ALL_CATEGORIES, TestWorld.HOME_CELL,
                "13812345678");
        start = clock.instant().minus(Duration.ofHours(3));
    }

    @Test
    void a_visit_logged_at_home_is_payable_at_once() {
        submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(3600), 1))
                .then().statusCode(201).body("held", equalTo(false)).body("exceptions", empty())
                .body("period", equalTo(clock.currentPeriod().toString()));
    }

    @Test
    void holds_a_visit_logged_far_from_home_and_pays_it_once_the_provider_explains() {
        Map<String, Object> body = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(3600), 1);
        body.put("latitude", 31.90); // some 4.4 km north of the home cell
        String logId = submit("provider-a", body).then().statusCode(201)
                .body("status", equalTo("ACCEPTED")).body("held", equalTo(true))
                .body("exceptions", contains("LOCATION_MISMATCH")).body("balanceAfterFen", equalTo(55_500))
                .extract().path("id");
        assertThat(TestEvents.published(entityManager, "ServiceLogHeld", logId)).hasSize(1);
        assertThat(TestEvents.published(entityManager, "ServiceLogAccepted", logId)).as("not payable yet").isEmpty();

        String exceptionId = openExceptionOf("provider-a", logId);
        exception("provider-a", exceptionId).body("code", equalTo("LOCATION_MISMATCH"))
                .body("detail", startsWith("logged 4,"));
        // another provider neither sees it nor may resolve it
        given().auth().oauth2(Tokens.forUser("provider-b")).get("/api/v1/visit-exceptions/" + exceptionId)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.forUser("provider-b")).queryParam("status", "OPEN").queryParam("size", 200)
                .get("/api/v1/visit-exceptions").then().statusCode(200)
                .body("items.serviceLogId", not(hasItem(logId)));
        resolve("provider-b", exceptionId, "GPS_FAILURE").statusCode(404);

        resolve("provider-a", exceptionId, "SERVICE_AWAY_FROM_HOME").statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolutionCode", equalTo("SERVICE_AWAY_FROM_HOME"));
        resolve("provider-a", exceptionId, "OTHER").statusCode(409).body("code", equalTo("NOT_OPEN"));
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/service-logs/" + logId).then()
                .statusCode(200).body("held", equalTo(false));
        assertThat(TestEvents.published(entityManager, "ServiceLogAccepted", logId)).as("payable now").hasSize(1);

        decide(exceptionId, true).statusCode(200).body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(Tokens.forUser("provider-a")).get("/api/v1/service-logs/" + logId + "/history")
                .then().statusCode(200).body("versions", org.hamcrest.Matchers.hasSize(1))
                .body("exceptions[0].status", equalTo("ACCEPTED"))
                .body("auditRecords.action", org.hamcrest.Matchers.hasItems("SERVICE_LOGS_SUBMITTED",
                        "VISIT_EXCEPTION_RESOLVED", "SERVICE_LOG_RELEASED", "VISIT_EXCEPTION_ACCEPTED"));
    }

    @Test
    void a_visit_without_a_location_is_held_when_the_home_is_known() {
        Map<String, Object> body = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(3600), 1);
        body.remove("latitude");
        body.remove("longitude");
        submit("provider-a", body).then().statusCode(201).body("exceptions", contains("LOCATION_MISMATCH"));
        // an elder without a recorded home: nothing to compare with
        Voucher homeless = TestWorld.voucher(TestWorld.YAOHAI, 60_000, TestWorld.ALL_CATEGORIES);
        Map<String, Object> other = log(newLogId(), homeless.id(), caregiver, item, start.minusSeconds(7200),
                start.minusSeconds(3600), 1);
        other.remove("latitude");
        other.remove("longitude");
        submit("provider-a", other).then().statusCode(201).body("held", equalTo(false));
    }

    @Test
    void one_coordinate_without_the_other_is_a_bad_request() {
        Map<String, Object> body = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(3600), 1);
        body.remove("longitude");
        submit("provider-a", body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("longitude")));
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
    }

    @Test
    void rejecting_a_resolution_voids_the_log_and_gives_the_money_back() {
        Map<String, Object> body = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(3600), 2);
        body.put("longitude", 117.40);
        String logId = submit("provider-a", body).then().statusCode(201).extract().path("id");
        String exceptionId = openExceptionOf("provider-a", logId);
        decide(exceptionId, false).statusCode(409).body("code", equalTo("NOT_RESOLVED"));
        resolve("provider-a", exceptionId, "ADDRESS_CHANGED").statusCode(200);

        given().auth().oauth2(Tokens.forUser("provider-a")).contentType(ContentType.JSON)
                .body(Map.of("accepted", false, "note", "no record of a move")).post("/api/v1/visit-exceptions/"
                        + exceptionId + "/decision").then().statusCode(403);
        decide(exceptionId, false).statusCode(200).body("status", equalTo("REJECTED"));
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/service-logs/" + logId).then()
                .statusCode(200).body("status", equalTo("VOIDED")).body("voidReason", equalTo("EXCEPTION_REJECTED"));
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
        assertThat(TestEvents.published(entityManager, "ServiceLogVoided", logId)).hasSize(1);
    }

    @Test
    void a_visit_shorter_than_the_items_minimum_or_billing_more_hours_than_it_lasted_is_held() {
        String visitItem = TestWorld.newItemCode();
        String hourItem = TestWorld.newItemCode();
        LocalDate from = clock.today().minusDays(90);
        TestWorld.contract(PROVIDER_A, List.of(TestWorld.YAOHAI), from, clock.today().plusDays(365), List.of(
                new Rate(visitItem, "HOUSEKEEPING", "VISIT", 3_000, from, 30, null),
                new Rate(hourItem, "REHAB", "HOUR", 4_000, from, 30, "HALF_UP")));

        submit("provider-a", log(newLogId(), voucher.id(), caregiver, visitItem, start, start.plusSeconds(20 * 60),
                1)).then().statusCode(201).body("exceptions", contains("DURATION_SHORT"));
        Instant later = start.minus(Duration.ofHours(5));
        // 95 minutes round half up to 2 hours: 2 units are fine, 3 are not
        submit("provider-a", log(newLogId(), voucher.id(), caregiver, hourItem, later,
                later.plusSeconds(95 * 60), 2)).then().statusCode(201).body("held", equalTo(false));
        Instant earlier = start.minus(Duration.ofHours(10));
        String billedMore = submit("provider-a", log(newLogId(), voucher.id(), caregiver, hourItem, earlier,
                earlier.plusSeconds(95 * 60), 3)).then().statusCode(201)
                .body("exceptions", contains("DURATION_SHORT")).extract().path("id");
        exception("provider-a", openExceptionOf("provider-a", billedMore))
                .body("detail", equalTo("3 hours billed for a visit of 95 min (2 rounded HALF_UP)"));
    }

    @Test
    void an_exception_left_open_when_the_month_ends_voids_its_log() {
        Map<String, Object> body = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(3600), 1);
        body.put("latitude", 31.70);
        String logId = submit("provider-a", body).then().statusCode(201).extract().path("id");
        String exceptionId = openExceptionOf("provider-a", logId);
        // the month's end waits for the window
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/month-ends/" + clock.currentPeriod())
                .then().statusCode(409).body("code", equalTo("SUBMISSION_WINDOW_OPEN"));

        // what the month's end does first, once its window has ended
        int voided = 0;
        int examined;
        do {
            examined = visitExceptions.voidUnresolvedChunk(clock.currentPeriod(), 100, "test");
            voided += examined;
        } while (examined == 100);

        assertThat(voided).isPositive();
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/service-logs/" + logId).then()
                .statusCode(200).body("status", equalTo("VOIDED")).body("voidReason", equalTo("EXCEPTION_UNRESOLVED"));
        exception("provider-a", exceptionId).body("status", equalTo("VOIDED"));
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
        resolve("provider-a", exceptionId, "GPS_FAILURE").statusCode(409);
    }

    @Test
    void the_exception_report_counts_by_provider_code_and_status() {
        Map<String, Object> body = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(3600), 1);
        body.put("latitude", 31.95);
        submit("provider-a", body).then().statusCode(201);
        given().auth().oauth2(Tokens.forUser("auditor")).queryParam("period", clock.currentPeriod().toString())
                .get("/api/v1/reports/visit-exceptions").then().statusCode(200)
                .body("findAll { it.providerId == '" + PROVIDER_A + "' && it.code == 'LOCATION_MISMATCH'"
                        + " && it.status == 'OPEN' }.count[0]", org.hamcrest.Matchers.greaterThan(0));
        given().auth().oauth2(Tokens.forUser("provider-b")).queryParam("period", clock.currentPeriod().toString())
                .get("/api/v1/reports/visit-exceptions").then().statusCode(200)
                .body("providerId", not(hasItem(PROVIDER_A.toString())));
    }

    @Test
    void an_sms_code_the_elder_reads_back_verifies_one_visit_and_no_second() {
        given().auth().oauth2(Tokens.forUser("provider-a")).contentType(ContentType.JSON)
                .body(Map.of("validFrom", start.minusSeconds(600).toString(),
                        "validUntil", start.plus(Duration.ofHours(4)).toString()))
                .post("/api/v1/vouchers/" + voucher.id() + "/visit-codes").then().statusCode(201)
                .body("sentTo", equalTo("138****5678"));
        String code = given().auth().oauth2(Tokens.forUser("city-admin")).queryParam("voucherId", voucher.id())
                .get("/api/v1/admin/messages").then().statusCode(200).extract().path("[0].code");

        Map<String, Object> verified = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(3600), 1);
        verified.put("confirmation", "SMS_CODE");
        verified.put("confirmationRef", code);
        submit("provider-a", verified).then().statusCode(201).body("held", equalTo(false));

        Map<String, Object> reused = log(newLogId(), voucher.id(), caregiver, item, start.plusSeconds(3600),
                start.plusSeconds(7200), 1);
        reused.put("confirmation", "SMS_CODE");
        reused.put("confirmationRef", code);
        String reusedId = submit("provider-a", reused).then().statusCode(201)
                .body("exceptions", contains("CONFIRMATION_FAILED")).extract().path("id");
        exception("provider-a", openExceptionOf("provider-a", reusedId))
                .body("detail", equalTo("the SMS code was used by another visit"));

        Map<String, Object> wrong = log(newLogId(), voucher.id(), caregiver, item, start.minusSeconds(7200),
                start.minusSeconds(3600), 1);
        wrong.put("confirmation", "SMS_CODE");
        wrong.put("confirmationRef", code.equals("000000") ? "111111" : "000000");
        submit("provider-a", wrong).then().statusCode(201).body("exceptions", contains("CONFIRMATION_FAILED"));
    }

    private String openExceptionOf(String user, String logId) {
        List<String> ids = given().auth().oauth2(Tokens.forUser(user)).queryParam("status", "OPEN")
                .queryParam("size", 200).get("/api/v1/visit-exceptions").then().statusCode(200)
                .extract().path("items.findAll { it.serviceLogId == '" + logId + "' }.id");
        assertThat(ids).as("open exception of " + logId).hasSize(1);
        return ids.get(0);
    }

    private static ValidatableResponse exception(String user, String id) {
        return given().auth().oauth2(Tokens.forUser(user)).get("/api/v1/visit-exceptions/" + id).then()
                .statusCode(200);
    }

    private static ValidatableResponse resolve(String user, String id, String reason) {
        return given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON)
                .body(Map.of("reasonCode", reason, "note", "caregiver's explanation"))
                .post("/api/v1/visit-exceptions/" + id + "/resolution").then();
    }

    private static ValidatableResponse decide(String id, boolean accepted) {
        return given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON)
                .body(Map.of("accepted", accepted, "note", "checked with the elder"))
                .post("/api/v1/visit-exceptions/" + id + "/decision").then();
    }
}
