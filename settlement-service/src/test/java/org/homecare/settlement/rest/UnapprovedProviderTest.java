package org.homecare.settlement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.homecare.settlement.TestEvents.PROVIDER_A;
import static org.homecare.settlement.TestEvents.accepted;
import static org.homecare.settlement.TestEvents.awaitApplied;
import static org.homecare.settlement.TestEvents.count;
import static org.homecare.settlement.TestEvents.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.settlement.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * provider-c's token carries the credit code of a provider the city never approved, so settlement never learnt it
 * from provider.v1: every endpoint a provider may call answers 403 {@code PROVIDER_UNKNOWN} and changes nothing, also
 * on provider-a's statements; provider-a, approved, gets them answered.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class UnapprovedProviderTest {

    /** Each test gets months of its own in 2023, which no other test uses. */
    private static final AtomicInteger NEXT_MONTH = new AtomicInteger(6);

    @Inject
    EntityManager em;

    String period;
    String confirmed;
    String disputed;

    @BeforeEach
    void provider_a_has_a_closed_statement_to_confirm_and_one_to_dispute() {
        TestEvents.approveDevProviders(em);
        period = nextPeriod();
        confirmed = closedStatementOfA(period);
        disputed = closedStatementOfA(nextPeriod());
    }

    @Test
    void a_provider_the_city_never_approved_gets_403_provider_unknown_on_every_provider_endpoint() {
        walk("provider-c").forEach((call, response) -> {
            assertThat(response.statusCode()).as(call).isEqualTo(403);
            assertThat(response.contentType()).as(call).startsWith("application/problem+json");
            assertThat(response.<String> path("code")).as(call).isEqualTo("PROVIDER_UNKNOWN");
        });

        assertThat(count(em, "select count(*) from audit_record where actor = 'provider-c'")).isZero();
        assertThat(statusOf(confirmed)).isEqualTo("CLOSED");
        assertThat(statusOf(disputed)).isEqualTo("CLOSED");
    }

    @Test
    void an_approved_provider_gets_the_same_endpoints_answered() {
        Map<String, Response> answers = walk("provider-a");

        answers.forEach((call, response) -> assertThat(response.statusCode()).as(call).isEqualTo(200));
        assertThat(answers.get("statements").jsonPath().getList("items.id")).containsExactly(confirmed);

        assertThat(statusOf(confirmed)).isEqualTo("CONFIRMED");
        assertThat(statusOf(disputed)).isEqualTo("DISPUTED");
    }

    /** Every endpoint a provider role may call, on provider-a's statements, with its answer. */
    private Map<String, Response> walk(String user) {
        Map<String, Response> answers = new LinkedHashMap<>();
        answers.put("statements", as(user).get("/api/v1/periods/" + period + "/statements"));
        answers.put("statement", as(user).get("/api/v1/statements/" + confirmed));
        answers.put("confirm", as(user).post("/api/v1/statements/" + confirmed + "/confirm"));
        answers.put("dispute", as(user).contentType(ContentType.JSON).body("{\"reason\":\"one visit was not ours\"}")
                .post("/api/v1/statements/" + disputed + "/dispute"));
        return answers;
    }

    private String closedStatementOfA(String period) {
        awaitApplied(em, List.of(publish(accepted(PROVIDER_A, period, "HK01", 2_500))));
        as("city-admin").post("/api/v1/periods/" + period + "/close").then().statusCode(200);
        return statementOfA(period);
    }

    private static String nextPeriod() {
        return "2023-%02d".formatted(NEXT_MONTH.getAndIncrement());
    }

    private static String statementOfA(String period) {
        List<Map<String, Object>> items = as("city-admin").get("/api/v1/periods/" + period + "/statements")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(s -> s.get("providerId").equals(PROVIDER_A.toString()))
                .map(s -> (String) s.get("id")).findFirst().orElseThrow();
    }

    private String statusOf(String statement) {
        return as("city-admin").get("/api/v1/statements/" + statement).then().statusCode(200).extract()
                .path("status");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.forUser(user));
    }
}
