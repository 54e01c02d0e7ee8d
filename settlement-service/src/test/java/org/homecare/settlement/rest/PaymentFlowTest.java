package org.homecare.settlement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.homecare.settlement.TestEvents.PROVIDER_A;
import static org.homecare.settlement.TestEvents.PROVIDER_B;
import static org.homecare.settlement.TestEvents.accepted;
import static org.homecare.settlement.TestEvents.awaitApplied;
import static org.homecare.settlement.TestEvents.count;
import static org.homecare.settlement.TestEvents.payeeOf;
import static org.homecare.settlement.TestEvents.publish;
import static org.homecare.settlement.TestEvents.published;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.ProviderEvents.ProviderApproved;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.settlement.TestEvents;
import org.homecare.settlement.service.DeemedConfirmation;
import org.homecare.settlement.service.Pain001Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Paying providers for real: payees fixed at approval, the pain.001 file, returns, reconciliation, disputes, silence. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class PaymentFlowTest {

    private static final String ACCOUNT_A = "6222021234567890111";
    private static final String ACCOUNT_B = "6222021234567890222";

    @Inject
    EntityManager em;

    @Inject
    DeemedConfirmation deemedConfirmation;

    @Inject
    BusinessClock clock;

    @BeforeEach
    void providers() {
        TestEvents.approveDevProviders(em);
    }

    @Test
    void a_statement_is_paid_to_the_account_it_was_approved_to_and_a_change_holds_it_until_approved_again() {
        payeeOf(em, PROVIDER_A, ACCOUNT_A);
        String period = "2022-01";
        long total = logs(PROVIDER_A, period, 6_000, 3_050);
        close(period);
        String a = statementOf(PROVIDER_A, period);
        as("provider-a").post("/api/v1/statements/" + a + "/confirm").then().statusCode(200);
        as("city-admin").post("/api/v1/statements/" + a + "/approve").then().statusCode(200)
                .body("payee.accountNumber", equalTo("6222 **** **** 0111")).body("payeeStatus", equalTo("OK"));
        JsonPath instruction = instructions(period);
        assertThat(instruction.getString("items[0].accountNumber")).isEqualTo(ACCOUNT_A);
        assertThat(instruction.getString("items[0].bankCode")).isEqualTo("102361000018");
        assertThat(instruction.getString("items[0].payeeStatus")).isEqualTo("OK");

        payeeOf(em, PROVIDER_A, "6222021234567890999");
        assertThat(instructions(period).getString("items[0].payeeStatus")).isEqualTo("PAYEE_CHANGED_SINCE_APPROVAL");
        assertThat(instructions(period).getString("items[0].accountNumber")).as("still the approved one")
                .isEqualTo(ACCOUNT_A);
        pay(a, total, "BOC-A-1").then().statusCode(409).body("code", equalTo("PAYEE_CHANGED_SINCE_APPROVAL"));
        platform().get("/api/v1/periods/" + period + "/payment-instructions.xml").then().statusCode(409)
                .body("code", equalTo("NOTHING_PAYABLE"));
        as("provider-a").get("/api/v1/statements/" + a).then().body("payeeStatus",
                equalTo("PAYEE_CHANGED_SINCE_APPROVAL"));

        as("city-admin").post("/api/v1/statements/" + a + "/approve").then().statusCode(200)
                .body("payee.accountNumber", equalTo("6222 **** **** 0999")).body("payeeStatus", equalTo("OK"))
                .body("history.action", hasItem("REAPPROVED"));
        as("city-admin").post("/api/v1/statements/" + a + "/approve").then().statusCode(409);
        assertThat(instructions(period).getString("items[0].accountNumber")).isEqualTo("6222021234567890999");
        pay(a, total, "BOC-A-2").then().statusCode(200).body("status", equalTo("PAID"));
        assertThat(published(em, "StatementApproved", a)).isEqualTo(2);
    }

    @Test
    void the_payment_file_carries_every_payable_statement_to_the_fen_and_the_csv_opens_in_a_spreadsheet()
            throws Exception {
        payeeOf(em, PROVIDER_A, ACCOUNT_A);
        payeeOf(em, PROVIDER_B, ACCOUNT_B);
        String period = "2022-02";
        long totalA = logs(PROVIDER_A, period, 6_001, 99, 5);
        long totalB = logs(PROVIDER_B, period, 123_456, 1);
        close(period);
        String a = confirmAndApprove(PROVIDER_A, "provider-a", period);
        String b = confirmAndApprove(PROVIDER_B, "provider-b", period);

        byte[] file = platform().get("/api/v1/periods/" + period + "/payment-instructions.xml").then()
                .statusCode(200).contentType("application/xml").extract().asByteArray();
        Pain001Document pain = Pain001Document.read(file);
        assertThat(pain.text("//p:GrpHdr/p:NbOfTxs")).isEqualTo("2");
        assertThat(new BigDecimal(pain.text("//p:GrpHdr/p:CtrlSum")))
                .isEqualByComparingTo(BigDecimal.valueOf(totalA + totalB, 2));
        assertThat(fen(pain, a)).isEqualTo(totalA);
        assertThat(fen(pain, b)).isEqualTo(totalB);
        assertThat(pain.texts("//p:CdtTrfTxInf/p:CdtrAcct/p:Id/p:Othr/p:Id")).containsExactlyInAnyOrder(ACCOUNT_A,
                ACCOUNT_B);
        assertThat(pain.texts("//p:CdtTrfTxInf/p:CdtrAgt/p:FinInstnId/p:ClrSysMmbId/p:MmbId"))
                .containsOnly("102361000018");
        byte[] negotiated = platform().accept("application/xml").get("/api/v1/periods/" + period
                + "/payment-instructions").then().statusCode(200).extract().asByteArray();
        assertThat(Pain001Document.read(negotiated).text("//p:GrpHdr/p:MsgId"))
                .as("the same statements, the same message id").isEqualTo(pain.text("//p:GrpHdr/p:MsgId"));
        as("city-admin").get("/api/v1/periods/" + period + "/payment-instructions.xml").then().statusCode(403);

        byte[] csv = platform().accept("text/csv").get("/api/v1/periods/" + period + "/payment-instructions").then()
                .statusCode(200).extract().asByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("中国工商银行合肥分行");
    }

    @Test
    void a_returned_payment_leaves_the_statement_approved_and_it_is_paid_again_once_the_account_is_fixed() {
        payeeOf(em, PROVIDER_A, ACCOUNT_A);
        payeeOf(em, PROVIDER_B, ACCOUNT_B);
        String period = "2022-03";
        long totalA = logs(PROVIDER_A, period, 4_200, 800);
        long totalB = logs(PROVIDER_B, period, 1_500);
        close(period);
        String a = confirmAndApprove(PROVIDER_A, "provider-a", period);
        confirmAndApprove(PROVIDER_B, "provider-b", period);
        pay(a, totalA, "ICBC-R-1").then().statusCode(200);

        returned(a, "ICBC-R-9", "AC04").then().statusCode(409).body("code", equalTo("PAYMENT_REFERENCE_MISMATCH"));
        returned(UUID.randomUUID().toString(), "ICBC-R-1", "AC04").then().statusCode(404);
        as("city-admin").contentType(ContentType.JSON).body(returnBody("ICBC-R-1", "AC04"))
                .post("/api/v1/statements/" + a + "/payment-returns").then().statusCode(403);
        returned(a, "ICBC-R-1", "XX99").then().statusCode(400);
        returned(a, "ICBC-R-1", "AC04").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("payment", nullValue()).body("payments[0].returned.reasonCode", equalTo("AC04"))
                .body("history.action", hasItem("PAYMENT_RETURNED"));
        returned(a, "ICBC-R-1", "AC04").then().statusCode(409).body("code", equalTo("STATEMENT_NOT_PAID"));
        assertThat(instructions(period).getList("items.lastReturn.reasonCode")).contains("AC04");

        payeeOf(em, PROVIDER_A, "6222021234567890333");
        pay(a, totalA, "ICBC-R-2").then().statusCode(409).body("code", equalTo("PAYEE_CHANGED_SINCE_APPROVAL"));
        as("city-admin").post("/api/v1/statements/" + a + "/approve").then().statusCode(200);
        pay(a, totalA, "ICBC-R-2").then().statusCode(200).body("payment.bankReference", equalTo("ICBC-R-2"));

        JsonPath reconciliation = platform().get("/api/v1/periods/" + period + "/reconciliation").then()
                .statusCode(200).extract().jsonPath();
        assertThat(reconciliation.getLong("approved.count")).isEqualTo(2);
        assertThat(reconciliation.getLong("approved.totalFen")).isEqualTo(totalA + totalB);
        assertThat(reconciliation.getLong("paid.totalFen")).isEqualTo(totalA);
        assertThat(reconciliation.getLong("returned.count")).isEqualTo(1);
        assertThat(reconciliation.getLong("returned.totalFen")).isEqualTo(totalA);
        assertThat(reconciliation.getLong("outstanding.totalFen")).isEqualTo(totalB);
        assertThat(reconciliation.getLong("paid.totalFen") + reconciliation.getLong("outstanding.totalFen"))
                .isEqualTo(reconciliation.getLong("approved.totalFen"));
        assertThat(reconciliation.getList("statements.find { it.statementId == '" + a + "' }.payments.bankReference"))
                .containsExactly("ICBC-R-1", "ICBC-R-2");
        List<List<String>> csv = Csv.parse(as("auditor").accept("text/csv")
                .get("/api/v1/periods/" + period + "/reconciliation").then().statusCode(200).extract().asString());
        assertThat(csv).hasSize(1 + 3);
        as("provider-a").get("/api/v1/periods/" + period + "/reconciliation").then().statusCode(403);
        assertThat(published(em, "PaymentReturned", a)).isEqualTo(1);
    }

    @Test
    void a_dispute_ends_upheld_or_corrected_and_a_corrected_statement_goes_back_to_its_provider() {
        String period = "2022-04";
        List<EventEnvelope> sent = new ArrayList<>();
        ServiceLogAccepted disputedLog = accepted(PROVIDER_A, period, "HK01", 2_000);
        sent.add(publish(disputedLog));
        sent.add(publish(accepted(PROVIDER_A, period, "HK01", 3_000)));
        ServiceLogAccepted otherProvidersLog = accepted(PROVIDER_B, period, "MEAL01", 1_000);
        sent.add(publish(otherProvidersLog));
        awaitApplied(em, sent);
        close(period);
        String a = statementOf(PROVIDER_A, period);
        String b = statementOf(PROVIDER_B, period);
        dispute("provider-a", a, "the second visit was shorter");
        dispute("provider-b", b, "we delivered every meal");

        as("provider-a").contentType(ContentType.JSON).body(resolve("UPHELD", "", List.of()))
                .post("/api/v1/statements/" + a + "/resolve").then().statusCode(403);
        as("city-admin").contentType(ContentType.JSON).body(resolve("CORRECTED", "no adjustments", List.of()))
                .post("/api/v1/statements/" + a + "/resolve").then().statusCode(400);
        as("city-admin").contentType(ContentType.JSON).body(resolve("CORRECTED", "wrong log", List.of(
                Map.of("serviceLogId", otherProvidersLog.serviceLogId().toString(), "amountFen", -100,
                        "reason", "not this provider's"))))
                .post("/api/v1/statements/" + a + "/resolve").then().statusCode(400)
                .body("errors.field", contains("adjustments[0].serviceLogId"));
        as("city-admin").contentType(ContentType.JSON).body(resolve("CORRECTED", "one visit was 40 minutes", List.of(
                Map.of("serviceLogId", disputedLog.serviceLogId().toString(), "amountFen", -700,
                        "reason", "shortened visit"),
                Map.of("amountFen", -300, "reason", "travel not covered"))))
                .post("/api/v1/statements/" + a + "/resolve").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("totalFen", equalTo(5_000 - 1_000))
                .body("adjustmentsFen", equalTo(-1_000))
                .body("adjustments.kind", contains("DISPUTE_RESOLUTION", "DISPUTE_RESOLUTION"))
                .body("history.action", contains("DISPUTED", "CORRECTED"))
                .body("history[1].note", equalTo("one visit was 40 minutes"))
                .body("history[1].actor", equalTo("city-admin"));
        as("provider-a").post("/api/v1/statements/" + a + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("totalFen", equalTo(4_000));

        as("city-admin").contentType(ContentType.JSON).body(resolve("UPHELD", "meals confirmed by the elders",
                List.of())).post("/api/v1/statements/" + b + "/resolve").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("totalFen", equalTo(1_000));
        as("city-admin").contentType(ContentType.JSON).body(resolve("UPHELD", "again", List.of()))
                .post("/api/v1/statements/" + b + "/resolve").then().statusCode(409)
                .body("code", equalTo("STATEMENT_NOT_DISPUTED"));
        as("provider-a").contentType(ContentType.JSON).body(resolve("UPHELD", "x", List.of()))
                .post("/api/v1/statements/" + b + "/resolve").then().statusCode(403);
        assertThat(published(em, "StatementResolved", a) + published(em, "StatementResolved", b)).isEqualTo(2);
    }

    @Test
    void silence_is_taken_as_confirmation_after_the_confirmation_days_and_a_payee_less_statement_is_not_paid() {
        UUID provider = UUID.randomUUID();
        publish(new ProviderApproved(provider, "91340100MA2QUIET1X", "静默养老服务站", List.of("340102"),
                List.of("HOUSEKEEPING"), LocalDate.of(2023, 1, 1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(em,
                "select count(*) from provider_ref where id = '" + provider + "'") == 1);
        String period = "2022-05";
        long total = logs(provider, period, 2_500);
        close(period);
        String s = statementOf(provider, period);

        deemedConfirmation.confirmDue(clock.today().plusDays(10));
        as("city-admin").get("/api/v1/statements/" + s).then().body("status", equalTo("CLOSED"));
        deemedConfirmation.confirmDue(clock.today().plusDays(11));
        as("city-admin").get("/api/v1/statements/" + s).then().body("status", equalTo("CONFIRMED"))
                .body("history[0].action", equalTo("DEEMED_CONFIRMED"))
                .body("history[0].actor", equalTo(DeemedConfirmation.ACTOR));
        assertThat(published(em, "StatementDeemedConfirmed", s)).isEqualTo(1);
        assertThat(count(em, "select count(*) from audit_record where object_id = '" + s
                + "' and action = 'STATEMENT_DEEMED_CONFIRMED'")).isEqualTo(1);

        as("city-admin").post("/api/v1/statements/" + s + "/approve").then().statusCode(200)
                .body("payee", nullValue()).body("payeeStatus", equalTo("MISSING"));
        JsonPath instruction = instructions(period);
        assertThat(instruction.getBoolean("items[0].missingPayee")).isTrue();
        pay(s, total, "ICBC-Q-1").then().statusCode(409).body("code", equalTo("PAYEE_MISSING"));
        platform().get("/api/v1/periods/" + period + "/payment-instructions.xml").then().statusCode(409);
    }

    private long logs(UUID provider, String period, long... amounts) {
        List<EventEnvelope> sent = new ArrayList<>();
        long total = 0;
        for (long amount : amounts) {
            sent.add(publish(accepted(provider, period, "HK01", amount)));
            total += amount;
        }
        awaitApplied(em, sent);
        return total;
    }

    private static void close(String period) {
        as("city-admin").post("/api/v1/periods/" + period + "/close").then().statusCode(200);
    }

    private static String confirmAndApprove(UUID provider, String user, String period) {
        String id = statementOf(provider, period);
        as(user).post("/api/v1/statements/" + id + "/confirm").then().statusCode(200);
        as("city-admin").post("/api/v1/statements/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static void dispute(String user, String statement, String reason) {
        as(user).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/statements/" + statement + "/dispute").then().statusCode(200);
    }

    private static Map<String, Object> resolve(String outcome, String note, List<Map<String, Object>> adjustments) {
        return Map.of("outcome", outcome, "note", note.isEmpty() ? "-" : note, "adjustments", adjustments);
    }

    private static String statementOf(UUID provider, String period) {
        List<Map<String, Object>> items = as("city-admin").get("/api/v1/periods/" + period + "/statements")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(s -> s.get("providerId").equals(provider.toString()))
                .map(s -> (String) s.get("id")).findFirst().orElseThrow();
    }

    private static JsonPath instructions(String period) {
        return platform().get("/api/v1/periods/" + period + "/payment-instructions").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Response pay(String statement, long amountFen, String reference) {
        return platform().contentType(ContentType.JSON)
                .body(Map.of("amountFen", amountFen, "bankReference", reference, "paidOn",
                        LocalDate.of(2024, 9, 15).toString()))
                .post("/api/v1/statements/" + statement + "/payments");
    }

    private Response returned(String statement, String reference, String code) {
        return platform().contentType(ContentType.JSON).body(returnBody(reference, code))
                .post("/api/v1/statements/" + statement + "/payment-returns");
    }

    private Map<String, Object> returnBody(String reference, String code) {
        return Map.of("bankReference", reference, "returnedOn", clock.today().toString(), "reasonCode", code,
                "reason", "closed account");
    }

    private static long fen(Pain001Document pain, String statement) throws Exception {
        String amount = pain.text("//p:CdtTrfTxInf[p:PmtId/p:EndToEndId='" + statement.replace("-", "")
                + "']/p:Amt/p:InstdAmt");
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.forUser(user));
    }

    private static RequestSpecification platform() {
        return given().auth().oauth2(Tokens.forPlatform());
    }
}
