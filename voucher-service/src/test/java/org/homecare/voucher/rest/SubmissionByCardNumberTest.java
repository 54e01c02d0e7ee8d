package org.homecare.voucher.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.homecare.voucher.support.LogRequests.log;
import static org.homecare.voucher.support.LogRequests.logByCard;
import static org.homecare.voucher.support.LogRequests.newLogId;
import static org.homecare.voucher.support.LogRequests.submit;
import static org.homecare.voucher.support.LogRequests.submitBatch;
import static org.homecare.voucher.support.TestWorld.PROVIDER_A;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.CardNumber;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A provider's back office names the voucher by the number on the elder's card instead of its id. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class SubmissionByCardNumberTest {

    static final String PROBLEM = "application/problem+json";

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
    void accepts_a_log_that_names_its_voucher_by_card_number() {
        String id = submit("provider-a", logByCard(newLogId(), voucher.cardNumber(), caregiver, item, start,
                start.plusSeconds(3600), 2))
                .then().statusCode(201).body("status", equalTo("ACCEPTED")).body("amountFen", equalTo(9_000))
                .body("balanceAfterFen", equalTo(51_000))
                .extract().path("id");

        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(51_000);
        given().auth().oauth2(Tokens.forUser("provider-a")).get("/api/v1/service-logs/" + id).then().statusCode(200)
                .body("voucherId", equalTo(voucher.id().toString()))
                .body("elderId", equalTo(voucher.elderId().toString()));
    }

    @Test
    void a_batch_names_vouchers_by_card_number_and_by_id_side_by_side() {
        Voucher other = TestWorld.voucher(TestWorld.LUYANG, 60_000, TestWorld.ALL_CATEGORIES);
        UUID second = TestWorld.caregiver(PROVIDER_A);
        List<Map<String, Object>> logs = List.of(
                logByCard(newLogId(), voucher.cardNumber(), caregiver, item, start, start.plusSeconds(600), 1),
                log(newLogId(), other.id(), second, item, start, start.plusSeconds(600), 2),
                logByCard(newLogId(), unknownCardNumber(), caregiver, item, start.plusSeconds(900),
                        start.plusSeconds(1200), 1),
                // the same card twice in one batch: one lookup, both logs on the same voucher
                logByCard(newLogId(), voucher.cardNumber(), caregiver, item, start.plusSeconds(1800),
                        start.plusSeconds(2400), 1));

        submitBatch("provider-a", logs).then().statusCode(200)
                .body("results.status", contains("ACCEPTED", "ACCEPTED", "REJECTED", "ACCEPTED"))
                .body("results[2].reasons", contains("VOUCHER_NOT_FOUND"))
                .body("results[3].balanceAfterFen", equalTo(51_000))
                .body("accepted", equalTo(3)).body("rejected", equalTo(1));
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(51_000);
        assertThat(TestWorld.reload(other.id()).balanceFen()).isEqualTo(51_000);
    }

    @Test
    void rejects_a_well_formed_card_number_no_voucher_has_as_an_unknown_voucher() {
        String logId = newLogId();
        submit("provider-a", logByCard(logId, unknownCardNumber(), caregiver, item, start, start.plusSeconds(600), 1))
                .then().statusCode(422).contentType(PROBLEM).body("code", equalTo("SERVICE_LOG_REJECTED"))
                .body("reasons", contains("VOUCHER_NOT_FOUND"));
        // the same answer an unknown voucher id gets
        submit("provider-a", log(newLogId(), UUID.randomUUID(), caregiver, item, start, start.plusSeconds(600), 1))
                .then().statusCode(422).body("reasons", contains("VOUCHER_NOT_FOUND"));

        given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("status", "REJECTED").queryParam("size", 500)
                .get("/api/v1/service-logs").then().statusCode(200)
                .body("items.find { it.providerLogId == '" + logId + "' }.voucherId", nullValue())
                .body("items.providerLogId", hasItem(logId));
    }

    @Test
    void the_card_number_of_a_voucher_the_provider_could_never_serve_is_an_unknown_voucher() {
        // Chaohu: named by no contract of provider-a; card numbers are sequential, so they must not tell who exists
        Voucher elsewhere = TestWorld.voucher("340181", 60_000, TestWorld.ALL_CATEGORIES);
        submit("provider-a", logByCard(newLogId(), elsewhere.cardNumber(), caregiver, item, start,
                start.plusSeconds(600), 1)).then().statusCode(422).body("reasons", contains("VOUCHER_NOT_FOUND"));
        // by its id, which cannot be guessed, the provider learns why
        submit("provider-a", log(newLogId(), elsewhere.id(), caregiver, item, start, start.plusSeconds(600), 1))
                .then().statusCode(422).body("reasons", hasItem("DISTRICT_NOT_SERVED"));
    }

    @Test
    void rejects_log_whose_card_number_has_a_wrong_check_digit() {
        String card = voucher.cardNumber();
        String wrong = card.substring(0, 15) + (char) ('0' + (card.charAt(15) - '0' + 1) % 10);
        String logId = newLogId();

        submit("provider-a", logByCard(logId, wrong, caregiver, item, start, start.plusSeconds(600), 1))
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("voucherNumber"))
                .body("errors.message", contains("has a wrong check digit: a digit is mistyped"));
        assertThat(storedLogs(logId)).isZero();
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
    }

    @Test
    void rejects_a_card_number_that_is_not_sixteen_digits_naming_the_field() {
        String card = voucher.cardNumber();
        for (String malformed : List.of(card.substring(1), card + "0", card.substring(0, 15) + "X",
                card.substring(0, 4) + " " + card.substring(4, 15), "")) {
            String logId = newLogId();
            submit("provider-a", logByCard(logId, malformed, caregiver, item, start, start.plusSeconds(600), 1))
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("voucherNumber"));
            assertThat(storedLogs(logId)).as(malformed).isZero();
        }
    }

    @Test
    void a_log_naming_its_voucher_twice_or_not_at_all_is_a_400_naming_both_fields() {
        Map<String, Object> both = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(600), 1);
        both.put("voucherNumber", voucher.cardNumber());
        Map<String, Object> neither = log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(600), 1);
        neither.remove("voucherId");

        for (Map<String, Object> body : List.of(both, neither)) {
            submit("provider-a", body).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItems("voucherId", "voucherNumber"));
            assertThat(storedLogs((String) body.get("providerLogId"))).isZero();
        }
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
    }

    @Test
    void a_malformed_log_makes_the_whole_batch_a_400_naming_it_and_stores_nothing() {
        String card = voucher.cardNumber();
        String wrong = card.substring(0, 15) + (char) ('0' + (card.charAt(15) - '0' + 5) % 10);
        Map<String, Object> good = logByCard(newLogId(), card, caregiver, item, start, start.plusSeconds(600), 1);
        Map<String, Object> mistyped = logByCard(newLogId(), wrong, caregiver, item, start.plusSeconds(900),
                start.plusSeconds(1200), 1);
        Map<String, Object> twice = log(newLogId(), voucher.id(), caregiver, item, start.plusSeconds(1800),
                start.plusSeconds(2400), 1);
        twice.put("voucherNumber", card);

        submitBatch("provider-a", List.of(good, mistyped, twice)).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("logs[1].voucherNumber", "logs[2].voucherId", "logs[2].voucherNumber"))
                .body("errors.field", not(hasItem("logs[0].voucherNumber")));
        for (Map<String, Object> body : List.of(good, mistyped, twice)) {
            assertThat(storedLogs((String) body.get("providerLogId"))).isZero();
        }
        assertThat(TestWorld.reload(voucher.id()).balanceFen()).isEqualTo(60_000);
    }

    /** Well formed, of a prefix no voucher of this service has. */
    private static String unknownCardNumber() {
        return CardNumber.issue("999999", ThreadLocalRandom.current().nextLong(1, 999_999_999)).digits();
    }

    private long storedLogs(String providerLogId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from service_log where provider_log_id = ?1").setParameter(1, providerLogId)
                .getSingleResult()).longValue());
    }
}
