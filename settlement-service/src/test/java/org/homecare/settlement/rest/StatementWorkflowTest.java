package org.homecare.settlement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.homecare.settlement.TestEvents.PROVIDER_A;
import static org.homecare.settlement.TestEvents.PROVIDER_B;
import static org.homecare.settlement.TestEvents.accepted;
import static org.homecare.settlement.TestEvents.awaitApplied;
import static org.homecare.settlement.TestEvents.count;
import static org.homecare.settlement.TestEvents.publish;
import static org.homecare.settlement.TestEvents.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.events.EventEnvelope;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.settlement.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class StatementWorkflowTest {

    private static final String PERIOD = "2024-08";

    @Inject
    EntityManager em;

    @Test
    void the_workflow_allows_only_legal_transitions_by_the_right_party_and_pays_exactly_once() {
        TestEvents.approveDevProviders(em);
        TestEvents.payeeOf(em, PROVIDER_A, "6222021234567890123");
        TestEvents.payeeOf(em, PROVIDER_B, "6222021234567890456");
        List<EventEnvelope> sent = new ArrayList<>();
        long totalA = 0;
        for (int i = 0; i < 5; i++) {
            sent.add(publish(accepted(PROVIDER_A, PERIOD, "HK01", 4_000 + i)));
            totalA += 4_000 + i;
            sent.add(publish(accepted(PROVIDER_B, PERIOD, "MEAL01", 1_500)));
        }
        awaitApplied(em, sent);
        as("city-admin").post("/api/v1/periods/" + PERIOD + "/close").then().statusCode(200);
        String a = statementId(PROVIDER_A);
        String b = statementId(PROVIDER_B);

        // provider-b sees and touches nothing of provider-a's: 404, as if it did not exist
        as("provider-b").get("/api/v1/statements/" + a).then().statusCode(404)
                .contentType("application/problem+json");
        as("provider-b").post("/api/v1/statements/" + a + "/confirm").then().statusCode(404);
        as("provider-b").contentType(ContentType.JSON).body("{\"reason\":\"not ours\"}")
                .post("/api/v1/statements/" + a + "/dispute").then().statusCode(404);
        assertThat(as("provider-b").get("/api/v1/periods/" + PERIOD + "/statements").then().statusCode(200)
                .extract().jsonPath().getList("items.providerId")).containsExactly(PROVIDER_B.toString());
        // a provider token whose provider the city never approved may not act at all (UnapprovedProviderTest)
        as("provider-c").get("/api/v1/statements/" + a).then().statusCode(403)
                .body("code", equalTo("PROVIDER_UNKNOWN"));
        as("provider-c").post("/api/v1/statements/" + b + "/confirm").then().statusCode(403)
                .body("code", equalTo("PROVIDER_UNKNOWN"));
        as("provider-a").get("/api/v1/statements/" + a).then().statusCode(200)
                .body("totalFen", equalTo((int) totalA)).body("providerName", equalTo("Provider A 颐养"))
                .body("lines[0].count", equalTo(5));

        // roles that may not act get 403; the wrong order gets 409
        as("provider-a").post("/api/v1/statements/" + a + "/approve").then().statusCode(403);
        as("auditor").post("/api/v1/statements/" + a + "/confirm").then().statusCode(403);
        as("city-admin").post("/api/v1/statements/" + a + "/approve").then().statusCode(409)
                .body("code", equalTo("STATEMENT_TRANSITION_NOT_ALLOWED"));
        platform().contentType(ContentType.JSON).body(payment(totalA))
                .post("/api/v1/statements/" + a + "/payments").then().statusCode(404);

        // the platform sees nothing that is not approved
        platform().get("/api/v1/statements/" + a).then().statusCode(404);
        assertThat(platform().get("/api/v1/periods/" + PERIOD + "/statements").then().statusCode(200).extract()
                .jsonPath().getList("items")).isEmpty();

        as("provider-a").post("/api/v1/statements/" + a + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as("provider-a").post("/api/v1/statements/" + a + "/confirm").then().statusCode(409);
        as("provider-a").contentType(ContentType.JSON).body("{\"reason\":\"changed my mind\"}")
                .post("/api/v1/statements/" + a + "/dispute").then().statusCode(409);

        as("provider-b").contentType(ContentType.JSON).body("{\"reason\":\"  \"}")
                .post("/api/v1/statements/" + b + "/dispute").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("provider-b").contentType(ContentType.JSON).body("{\"reason\":\"two meals were not ours\"}")
                .post("/api/v1/statements/" + b + "/dispute").then().statusCode(200)
                .body("status", equalTo("DISPUTED")).body("disputeReason", equalTo("two meals were not ours"));
        // a disputed statement is resolved before it is approved
        as("city-admin").post("/api/v1/statements/" + b + "/approve").then().statusCode(409)
                .body("code", equalTo("STATEMENT_TRANSITION_NOT_ALLOWED"));
        as("city-admin").contentType(ContentType.JSON).body("{\"outcome\":\"UPHELD\",\"note\":\"the meals were "
                + "delivered\"}").post("/api/v1/statements/" + b + "/resolve").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as("city-admin").post("/api/v1/statements/" + b + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        as("city-admin").post("/api/v1/statements/" + a + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        as("city-admin").post("/api/v1/statements/" + a + "/approve").then().statusCode(409);

        // payment instructions: JSON and CSV agree
        JsonPath instructions = platform().get("/api/v1/periods/" + PERIOD + "/payment-instructions").then()
                .statusCode(200).extract().jsonPath();
        assertThat(instructions.getList("items.statementId")).containsExactlyInAnyOrder(a, b);
        var csvAnswer = platform().accept("text/csv").get("/api/v1/periods/" + PERIOD + "/payment-instructions")
                .then().statusCode(200).contentType("text/csv").extract();
        assertThat(csvAnswer.contentType()).as("the server's quality is no part of the answer").doesNotContain("qs=");
        String csv = csvAnswer.asString();
        List<List<String>> rows = Csv.parse(csv);
        assertThat(rows.get(0)).containsExactly("statementId", "period", "providerId", "providerName", "creditCode",
                "accountName", "bankName", "bankCode", "accountNumber", "amountFen", "payeeStatus",
                "lastReturnReasonCode");
        for (Map<String, Object> item : instructions.<Map<String, Object>>getList("items")) {
            List<String> row = rows.stream().filter(r -> r.get(0).equals(item.get("statementId"))).findFirst()
                    .orElseThrow();
            assertThat(row.get(3)).isEqualTo(item.get("providerName"));
            assertThat(row.get(4)).isEqualTo(item.get("creditCode"));
            assertThat(row.get(8)).isEqualTo(item.get("accountNumber"));
            assertThat(Long.parseLong(row.get(9))).isEqualTo(((Number) item.get("amountFen")).longValue());
        }
        as("city-admin").get("/api/v1/periods/" + PERIOD + "/payment-instructions").then().statusCode(403);

        // paying: a wrong amount is refused, the exact total once, a second time 409
        platform().contentType(ContentType.JSON).body(payment(totalA + 1))
                .post("/api/v1/statements/" + a + "/payments").then().statusCode(422)
                .body("code", equalTo("PAYMENT_AMOUNT_MISMATCH"));
        platform().contentType(ContentType.JSON)
                .body("{\"amountFen\":" + totalA + ",\"bankReference\":\"=cmd|x\",\"paidOn\":\"2024-09-15\"}")
                .post("/api/v1/statements/" + a + "/payments").then().statusCode(400);
        platform().contentType(ContentType.JSON)
                .body("{\"amountFen\":" + totalA + ",\"bankReference\":\"REF-1\",\"paidOn\":\"2999-01-01\"}")
                .post("/api/v1/statements/" + a + "/payments").then().statusCode(400);
        as("city-admin").contentType(ContentType.JSON).body(payment(totalA))
                .post("/api/v1/statements/" + a + "/payments").then().statusCode(403);
        platform().contentType(ContentType.JSON).body(payment(totalA))
                .post("/api/v1/statements/" + a + "/payments").then().statusCode(200)
                .body("status", equalTo("PAID")).body("payment.bankReference", equalTo("ICBC-2024-09-0001"));
        platform().contentType(ContentType.JSON).body(payment(totalA))
                .post("/api/v1/statements/" + a + "/payments").then().statusCode(409)
                .body("code", equalTo("STATEMENT_ALREADY_PAID"));
        as("provider-a").post("/api/v1/statements/" + a + "/confirm").then().statusCode(409);
        assertThat(platform().get("/api/v1/periods/" + PERIOD + "/payment-instructions").then().statusCode(200)
                .extract().jsonPath().getList("items.statementId")).containsExactly(b);

        // every transition left an event and an audit record
        for (String type : List.of("StatementConfirmed", "StatementApproved", "StatementPaid")) {
            assertThat(published(em, type, a)).as(type).isEqualTo(1);
        }
        assertThat(published(em, "StatementDisputed", b)).isEqualTo(1);
        assertThat(count(em, "select count(*) from audit_record where object_id = '" + a + "'")).isEqualTo(3);
        assertThat(count(em, "select count(*) from audit_record where object_id = '" + a
                + "' and action = 'STATEMENT_PAID' and actor is not null and before_state like '%APPROVED%' "
                + "and after_state like '%PAID%'")).isEqualTo(1);
    }

    @Test
    void a_malformed_statement_id_is_400_and_an_unknown_one_404() {
        as("city-admin").get("/api/v1/statements/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        as("city-admin").get("/api/v1/statements/" + UUID.randomUUID()).then().statusCode(404);
        as("city-admin").get("/api/v1/periods/" + PERIOD + "/statements?size=501").then().statusCode(400);
        as("city-admin").get("/api/v1/periods/" + PERIOD + "/statements?page=-1").then().statusCode(400);
        as("city-admin").get("/api/v1/periods/" + PERIOD + "/statements?page=x").then().statusCode(400);
        as("caseworker").get("/api/v1/periods/" + PERIOD + "/statements").then().statusCode(403);
    }

    private String statementId(UUID provider) {
        List<Map<String, Object>> items = as("city-admin").get("/api/v1/periods/" + PERIOD + "/statements")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(s -> s.get("providerId").equals(provider.toString()))
                .map(s -> (String) s.get("id")).findFirst().orElseThrow();
    }

    private static String payment(long amountFen) {
        return "{\"amountFen\":" + amountFen + ",\"bankReference\":\"ICBC-2024-09-0001\",\"paidOn\":\"2024-09-15\"}";
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.forUser(user));
    }

    private static RequestSpecification platform() {
        return given().auth().oauth2(Tokens.forPlatform());
    }
}
