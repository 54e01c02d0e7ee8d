package org.homecare.settlement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.homecare.settlement.TestEvents.accepted;
import static org.homecare.settlement.TestEvents.awaitApplied;
import static org.homecare.settlement.TestEvents.count;
import static org.homecare.settlement.TestEvents.publish;
import static org.homecare.settlement.TestEvents.published;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class AdjustmentTest {

    private static final String PERIOD = "2024-11";
    private static final String NEXT = "2024-12";

    @Inject
    EntityManager em;

    @Test
    void an_adjustment_lands_in_the_next_open_statement_never_in_a_closed_one() {
        UUID provider = UUID.randomUUID();
        ServiceLogAccepted log = accepted(provider, PERIOD, "HK01", 6_000);
        ServiceLogAccepted other = accepted(provider, PERIOD, "HK02", 2_500);
        EventEnvelope e1 = publish(log);
        EventEnvelope e2 = publish(other);
        awaitApplied(em, List.of(e1, e2));
        as("city-admin").post("/api/v1/periods/" + PERIOD + "/close").then().statusCode(200);
        long closedTotal = statement(provider, PERIOD).getLong("totalFen");
        assertThat(closedTotal).isEqualTo(8_500);

        JsonPath created = as("city-admin").contentType(ContentType.JSON)
                .body(body(provider, log.serviceLogId(), -6_000, "not delivered: elder in hospital", null))
                .post("/api/v1/adjustments").then().statusCode(201)
                .body("targetPeriod", equalTo(NEXT)).body("kind", equalTo("CITY")).extract().jsonPath();
        assertThat(statement(provider, PERIOD).getLong("totalFen")).as("a built statement never changes")
                .isEqualTo(closedTotal);
        assertThat(published(em, "AdjustmentRecorded", created.getString("id"))).isEqualTo(1);
        assertThat(count(em, "select count(*) from audit_record where object_id = '" + created.getString("id")
                + "' and actor = 'city-admin'")).isEqualTo(1);

        // an auditor needs a finding about that very log
        as("auditor").contentType(ContentType.JSON)
                .body(body(provider, other.serviceLogId(), -500, "partly delivered", null))
                .post("/api/v1/adjustments").then().statusCode(400).body("errors.field", hasItem("findingId"));
        String finding = as("auditor").contentType(ContentType.JSON)
                .body("{\"serviceLogId\":\"" + other.serviceLogId()
                        + "\",\"verdict\":\"PARTIALLY_DELIVERED\",\"note\":\"20 of 60 minutes\"}")
                .post("/api/v1/audits/findings").then().statusCode(201).extract().path("id");
        as("auditor").contentType(ContentType.JSON)
                .body(body(provider, log.serviceLogId(), -500, "partly delivered", finding))
                .post("/api/v1/adjustments").then().statusCode(422).body("code", equalTo("FINDING_NOT_FOR_LOG"));
        as("auditor").contentType(ContentType.JSON)
                .body(body(provider, other.serviceLogId(), -500, "partly delivered", finding))
                .post("/api/v1/adjustments").then().statusCode(201).body("kind", equalTo("AUDIT_FINDING"));

        as("city-admin").post("/api/v1/periods/" + NEXT + "/close").then().statusCode(200);
        JsonPath next = statement(provider, NEXT);
        assertThat(next.getLong("adjustmentsFen")).isEqualTo(-6_500);
        assertThat(next.getLong("totalFen")).isEqualTo(-6_500);
        assertThat(next.getList("adjustments.serviceLogId")).containsExactlyInAnyOrder(
                log.serviceLogId().toString(), other.serviceLogId().toString());
        assertThat(statement(provider, PERIOD).getLong("totalFen")).isEqualTo(closedTotal);
    }

    @Test
    void bad_or_foreign_adjustments_are_refused_and_change_nothing() {
        UUID provider = UUID.randomUUID();
        ServiceLogAccepted log = accepted(provider, PERIOD, "HK01", 1_000);
        awaitApplied(em, List.of(publish(log)));
        long before = count(em, "select count(*) from adjustment");

        as("provider-a").contentType(ContentType.JSON).body(body(provider, log.serviceLogId(), 100, "x", null))
                .post("/api/v1/adjustments").then().statusCode(403);
        given().auth().oauth2(Tokens.forPlatform()).contentType(ContentType.JSON)
                .body(body(provider, log.serviceLogId(), 100, "x", null)).post("/api/v1/adjustments").then()
                .statusCode(403);
        as("city-admin").contentType(ContentType.JSON).body(body(UUID.randomUUID(), log.serviceLogId(), 100, "x", null))
                .post("/api/v1/adjustments").then().statusCode(422).body("code", equalTo("LOG_NOT_OF_PROVIDER"));
        as("city-admin").contentType(ContentType.JSON).body(body(provider, UUID.randomUUID(), 100, "x", null))
                .post("/api/v1/adjustments").then().statusCode(404);
        for (String bad : List.of(
                "{\"providerId\":\"" + provider + "\",\"serviceLogId\":\"" + log.serviceLogId()
                        + "\",\"amountFen\":0,\"reason\":\"x\"}",
                "{\"providerId\":\"" + provider + "\",\"serviceLogId\":\"" + log.serviceLogId()
                        + "\",\"amountFen\":100,\"reason\":\" \"}",
                "{\"providerId\":\"" + provider + "\",\"serviceLogId\":\"" + log.serviceLogId()
                        + "\",\"amountFen\":99999999999,\"reason\":\"x\"}",
                "{\"providerId\":\"nope\",\"serviceLogId\":\"" + log.serviceLogId()
                        + "\",\"amountFen\":100,\"reason\":\"x\"}",
                "{\"serviceLogId\":\"" + log.serviceLogId() + "\",\"amountFen\":100,\"reason\":\"x\"}",
                "{\"providerId\":\"" + provider + "\",\"serviceLogId\":\"" + log.serviceLogId()
                        + "\",\"amountFen\":1.5,\"reason\":\"x\"}")) {
            as("city-admin").contentType(ContentType.JSON).body(bad).post("/api/v1/adjustments").then()
                    .statusCode(400).contentType("application/problem+json");
        }
        assertThat(count(em, "select count(*) from adjustment")).isEqualTo(before);
    }

    private JsonPath statement(UUID provider, String period) {
        List<Map<String, Object>> items = as("city-admin").get("/api/v1/periods/" + period + "/statements?size=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
        String id = items.stream().filter(s -> s.get("providerId").equals(provider.toString()))
                .map(s -> (String) s.get("id")).findFirst().orElseThrow();
        return as("city-admin").get("/api/v1/statements/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String body(UUID provider, UUID log, long amountFen, String reason, String finding) {
        return "{\"providerId\":\"" + provider + "\",\"serviceLogId\":\"" + log + "\",\"amountFen\":" + amountFen
                + ",\"reason\":\"" + reason + "\"" + (finding == null ? "" : ",\"findingId\":\"" + finding + "\"")
                + "}";
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.forUser(user));
    }
}
