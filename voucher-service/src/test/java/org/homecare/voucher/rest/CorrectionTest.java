package org.homecare.voucher.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.homecare.voucher.support.LogRequests.log;
import static org.homecare.voucher.support.LogRequests.newLogId;
import static org.homecare.voucher.support.LogRequests.submit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.support.TestEvents;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A correction replaces a log by its next version, with a reason, within the month's window. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class CorrectionTest {

    @Inject
    BusinessClock clock;

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
    void corrects_the_units_as_a_new_version_and_reverses_the_old_debit() {
        String logId = newLogId();
        String first = submit("provider-a", log(logId, voucher.id(), caregiver, item, start, start.plusSeconds(3600),
                3)).then().statusCode(201).body("amountFen", equalTo(13_500)).extract().path("id");

        String second = correct("provider-a", first, "WRONG_UNITS", Map.of("units", 1)).statusCode(201)
                .body("providerLogId", equalTo(logId)).body("version", equalTo(2)).body("units", equalTo(1))
                .body("amountFen", equalTo(4_500)).body("correctsLogId", equalTo(first))
                .body("correctionReason", equalTo("WRONG_UNITS")).extract().path("id");

        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(55_500);
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/service-logs/" + first).then()
                .body("status", equalTo("CORRECTED"));
        assertThat(TestEvents.published(entityManager, "ServiceLogVoided", first)).hasSize(1);
        assertThat(TestEvents.published(entityManager, "ServiceLogAccepted", second)).hasSize(1);
        assertThat(TestEvents.published(entityManager, "ServiceLogCorrected", second).get(0).payload())
                .contains("\"correctionReason\":\"WRONG_UNITS\"", "\"changedFields\":[\"units\"]", "\"version\":2");
        // resubmitting the original log id answers with the current version
        submit("provider-a", log(logId, voucher.id(), caregiver, item, start, start.plusSeconds(3600), 3)).then()
                .statusCode(200).body("id", equalTo(second));
        given().auth().oauth2(Tokens.forUser("provider-a")).get("/api/v1/service-logs/" + first + "/history").then()
                .statusCode(200).body("versions.version", contains(1, 2))
                .body("versions.status", contains("CORRECTED", "ACCEPTED"))
                .body("auditRecords.action", hasItems("SERVICE_LOGS_SUBMITTED", "SERVICE_LOG_CORRECTED"));
        correct("provider-a", first, "WRONG_UNITS", Map.of("units", 2)).statusCode(409)
                .body("code", equalTo("NOT_CORRECTABLE"));
    }

    @Test
    void a_correction_that_would_be_rejected_changes_nothing() {
        String first = submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, start,
                start.plusSeconds(3600), 1)).then().statusCode(201).extract().path("id");

        correct("provider-a", first, "WRONG_CAREGIVER", Map.of("caregiverId", UUID.randomUUID().toString()))
                .statusCode(422).body("code", equalTo("CORRECTION_REJECTED"))
                .body("reasons", contains("CAREGIVER_NOT_OF_PROVIDER"));

        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(55_500);
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/service-logs/" + first).then()
                .body("status", equalTo("ACCEPTED")).body("version", equalTo(1));
    }

    @Test
    void a_duplicate_entry_is_voided_and_other_corrections_must_change_something() {
        String first = submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, start,
                start.plusSeconds(3600), 1)).then().statusCode(201).extract().path("id");

        correct("provider-a", first, "WRONG_ITEM", Map.of()).statusCode(400);
        correct("provider-a", first, "WRONG_ITEM", Map.of("units", 1)).statusCode(400);
        correct("provider-b", first, "DUPLICATE_ENTRY", Map.of()).statusCode(404);
        correct("provider-a", first, "DUPLICATE_ENTRY", Map.of()).statusCode(200)
                .body("status", equalTo("VOIDED")).body("voidReason", equalTo("DUPLICATE_ENTRY: entered twice"));
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
    }

    @Test
    void careless_corrections_are_bad_requests() {
        String first = submit("provider-a", log(newLogId(), voucher.id(), caregiver, item, start,
                start.plusSeconds(3600), 1)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.forUser("provider-a")).contentType(ContentType.JSON)
                .body("{\"reasonCode\":\"WRONG_UNITS\",\"changes\":{\"units\":2,\"amountFen\":1}}")
                .post("/api/v1/service-logs/" + first + "/corrections").then().statusCode(400);
        given().auth().oauth2(Tokens.forUser("provider-a")).contentType(ContentType.JSON)
                .body("{\"reasonCode\":\"TYPO\",\"changes\":{\"units\":2}}")
                .post("/api/v1/service-logs/" + first + "/corrections").then().statusCode(400);
        given().auth().oauth2(Tokens.forUser("provider-a")).contentType(ContentType.JSON)
                .body("{\"reasonCode\":\"WRONG_UNITS\",\"changes\":{\"units\":\"two\"}}")
                .post("/api/v1/service-logs/" + first + "/corrections").then().statusCode(400);
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(55_500);
    }

    private static ValidatableResponse correct(String user, String logId, String reason, Map<String, Object> changes) {
        return given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON)
                .body(Map.of("reasonCode", reason, "note", "entered twice", "changes", changes))
                .post("/api/v1/service-logs/" + logId + "/corrections").then();
    }
}
