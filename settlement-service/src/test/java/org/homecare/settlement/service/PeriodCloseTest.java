package org.homecare.settlement.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.homecare.settlement.TestEvents.accepted;
import static org.homecare.settlement.TestEvents.awaitApplied;
import static org.homecare.settlement.TestEvents.count;
import static org.homecare.settlement.TestEvents.publish;
import static org.homecare.settlement.TestEvents.published;
import static org.homecare.settlement.TestEvents.voidOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.settlement.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class PeriodCloseTest {

    @Inject
    EntityManager em;

    @Test
    void closing_a_period_that_has_not_ended_is_409_naming_its_earliest_close_and_changes_nothing() {
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/periods/2099-01/close").then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("PERIOD_NOT_ENDED"))
                // 24:00 (Asia/Shanghai) on 5 February, the end of the default five-day submission window
                .body("earliestCloseAt", equalTo("2099-02-05T16:00:00Z"))
                .body("detail", containsString("2099-02-06 00:00 Asia/Shanghai"));
        assertThat(count(em, "select count(*) from settlement_period where period = '2099-01' and status = 'CLOSED'"))
                .isZero();
        assertThat(published(em, "PeriodClosed", "\"2099-01\"")).isZero();
    }

    @Test
    void only_city_admin_closes_and_a_malformed_period_is_400() {
        for (String user : List.of("auditor", "caseworker", "provider-a")) {
            given().auth().oauth2(Tokens.forUser(user)).post("/api/v1/periods/2023-01/close").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.forPlatform()).post("/api/v1/periods/2023-01/close").then().statusCode(403);
        for (String bad : List.of("2023-13", "2023-1", "23-01", "2023-01-01", "abc")) {
            given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/periods/" + bad + "/close").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        }
        assertThat(count(em, "select count(*) from settlement_period where period = '2023-01'")).isZero();
    }

    @Test
    void a_log_arriving_while_and_after_the_period_closes_is_counted_once_as_an_adjustment_of_the_next_period() {
        String period = "2024-05";
        String next = "2024-06";
        UUID provider = UUID.randomUUID();
        List<ServiceLogAccepted> logs = Collections.synchronizedList(new ArrayList<>());
        List<EventEnvelope> sent = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 40; i++) {
            ServiceLogAccepted log = accepted(provider, period, "HK0" + (i % 4), 2_000 + i);
            logs.add(log);
            sent.add(publish(log));
        }
        // more logs stream in while the city closes the period
        CompletableFuture<Void> streaming = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 150; i++) {
                ServiceLogAccepted log = accepted(provider, period, "HK0" + (i % 4), 3_000 + i);
                logs.add(log);
                sent.add(publish(log));
            }
        });
        JsonPath closed = given().auth().oauth2(Tokens.forUser("city-admin"))
                .post("/api/v1/periods/" + period + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("alreadyClosed", equalTo(false)).extract().jsonPath();
        streaming.join();
        // and some certainly after it, plus a void of a log that was counted in the closed statement
        for (int i = 0; i < 10; i++) {
            ServiceLogAccepted log = accepted(provider, period, "HK09", 5_000 + i);
            logs.add(log);
            sent.add(publish(log));
        }
        ServiceLogAccepted voidedLate = logs.get(0);
        sent.add(publish(voidOf(voidedLate)));
        awaitApplied(em, sent);

        long allAccepted = logs.stream().mapToLong(ServiceLogAccepted::amountFen).sum();
        long expectedNet = allAccepted - voidedLate.amountFen();
        JsonPath statement = statementOf(provider, period);
        long inStatement = statement.getLong("totalFen");
        long late = count(em, "select coalesce(sum(amount_fen), 0) from adjustment where provider_id = '" + provider
                + "' and origin_period = '" + period + "' and target_period = '" + next + "' and kind = 'LATE_ACCEPT'");
        long lateVoid = count(em, "select coalesce(sum(amount_fen), 0) from adjustment where provider_id = '"
                + provider + "' and kind = 'LATE_VOID'");
        assertThat(lateVoid).isEqualTo(-voidedLate.amountFen());
        assertThat(late).as("at least the 10 logs sent after the close are late").isGreaterThanOrEqualTo(50_045);
        assertThat(inStatement + late + lateVoid).as("every log counted exactly once").isEqualTo(expectedNet);
        assertThat(count(em, "select count(*) from service_log where provider_id = '" + provider
                + "' and settled_as = 'ADJUSTMENT' and id not in (select service_log_id from adjustment)")).isZero();
        assertThat(count(em, "select count(*) from adjustment a join service_log l on l.id = a.service_log_id "
                + "where l.provider_id = '" + provider + "' and a.kind = 'LATE_ACCEPT' and l.settled_as <> 'ADJUSTMENT'"))
                .isZero();
        assertThat(statement.getLong("totalFen"))
                .isEqualTo(statement.getLong("linesFen") + statement.getLong("adjustmentsFen"));
        assertThat(closed.getLong("totalFen")).isGreaterThanOrEqualTo(inStatement);

        // closing again changes nothing and publishes nothing
        assertThat(published(em, "PeriodClosed", "\"" + period + "\"")).isEqualTo(1);
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/periods/" + period + "/close").then()
                .statusCode(200).body("alreadyClosed", equalTo(true));
        assertThat(published(em, "PeriodClosed", "\"" + period + "\"")).isEqualTo(1);
        assertThat(statementOf(provider, period).getLong("totalFen")).isEqualTo(inStatement);

        // the late logs land, explicitly, in the next period's statement
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/periods/" + next + "/close").then()
                .statusCode(200);
        JsonPath nextStatement = statementOf(provider, next);
        assertThat(nextStatement.getLong("adjustmentsFen")).isEqualTo(late + lateVoid);
        assertThat(nextStatement.getList("lines")).isEmpty();
        assertThat(nextStatement.getList("adjustments.serviceLogId")).contains(voidedLate.serviceLogId().toString());
        assertThat(inStatement + nextStatement.getLong("totalFen")).isEqualTo(expectedNet);
        assertThat(count(em, "select count(*) from audit_record where action = 'PERIOD_CLOSED' and object_id = '"
                + period + "'")).isEqualTo(1);
    }

    private JsonPath statementOf(UUID provider, String period) {
        JsonPath page = given().auth().oauth2(Tokens.forUser("city-admin"))
                .get("/api/v1/periods/" + period + "/statements?size=500").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        String id = items.stream().filter(s -> s.get("providerId").equals(provider.toString()))
                .map(s -> (String) s.get("id")).findFirst().orElseThrow();
        return given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/statements/" + id).then()
                .statusCode(200).extract().jsonPath();
    }
}
