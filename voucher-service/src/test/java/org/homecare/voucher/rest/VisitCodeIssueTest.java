package org.homecare.voucher.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.homecare.voucher.support.TestWorld.PROVIDER_A;
import static org.homecare.voucher.support.VisitCodeRequests.issue;
import static org.homecare.voucher.support.VisitCodeRequests.messagesOf;
import static org.homecare.voucher.support.VisitCodeRequests.window;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.ProviderEvents.Rate;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.VisitCode;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * POST /api/v1/vouchers/{id}/visit-codes and GET /api/v1/admin/messages with the recording sender of the test
 * profile. Provider A's contract here is in Lujiang (340124), a district no other test uses, so no other test's
 * contract decides which vouchers it or provider B may see.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class VisitCodeIssueTest {

    static final String PROBLEM = "application/problem+json";
    static final String LUJIANG = "340124";
    static final String PHONE = "13812345678";
    static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager entityManager;

    Voucher voucher;

    @BeforeEach
    void world() {
        TestWorld.providersApproved();
        LocalDate today = clock.today();
        TestWorld.contract(PROVIDER_A, List.of(LUJIANG), today.minusDays(90), today.plusDays(365),
                List.of(new Rate(TestWorld.newItemCode(), "REHAB", "VISIT", 5_000, today.minusDays(90))));
        voucher = TestWorld.withContactPhone(TestWorld.voucher(LUJIANG, 60_000, List.of("REHAB")), PHONE);
    }

    @Test
    void a_provider_texts_its_client_a_code_that_only_the_message_carries() throws Exception {
        Instant from = now().plus(Duration.ofHours(1));
        Instant until = from.plus(Duration.ofHours(4));

        Response answer = issue("provider-a", voucher.id(), window(from, until));
        answer.then().statusCode(201)
                .body("voucherId", equalTo(voucher.id().toString()))
                .body("validFrom", equalTo(from.toString()))
                .body("validUntil", equalTo(until.toString()))
                .body("sentTo", equalTo("138****5678"));
        JsonNode issued = new ObjectMapper().readTree(answer.asString());
        List<String> fields = new ArrayList<>();
        issued.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "voucherId", "validFrom", "validUntil", "sentTo");

        JsonNode messages = messagesOf(voucher.id());
        assertThat(messages).hasSize(1);
        JsonNode message = messages.get(0);
        String code = message.get("code").asText();
        assertThat(code).matches("[0-9]{6}");
        assertThat(message.get("to").asText()).isEqualTo("138****5678");
        assertThat(message.get("text").asText()).isEqualTo("【居家养老】您的上门服务核验码为 " + code + "，有效期至 "
                + UNTIL.format(until.atZone(BusinessClock.ZONE)) + "。请在服务完成后告知服务人员。");
        assertThat(message.get("sentAt").asText()).isNotBlank();
        assertThat(answer.asString()).doesNotContain(code);

        String id = issued.get("id").asText();
        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                select cast(voucher_id as text), cast(provider_id as text), code_hash, issued_by,
                    cast(used_at as text) from visit_code where id = cast(?1 as uuid)""")
                .setParameter(1, id).getSingleResult());
        assertThat(stored[0]).isEqualTo(voucher.id().toString());
        assertThat(stored[1]).isEqualTo(PROVIDER_A.toString());
        assertThat(stored[2]).isEqualTo(VisitCode.hashOf(voucher.id(), code));
        assertThat(stored[3]).isEqualTo("provider-a");
        assertThat(stored[4]).isNull();

        String audit = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery("""
                select a.action || ' ' || a.actor || ' ' || a.after_state from audit_record a
                where a.object_type = 'VisitCode' and a.object_id = ?1""")
                .setParameter(1, id).getSingleResult());
        assertThat(audit).startsWith("VISIT_CODE_ISSUED provider-a ").contains("138****5678")
                .doesNotContain(PHONE).doesNotContain(code);
    }

    @Test
    void the_messages_of_a_voucher_come_newest_first() {
        Instant from = now();
        issue("provider-a", voucher.id(), window(from, from.plus(Duration.ofHours(2)))).then().statusCode(201);
        issue("provider-a", voucher.id(), window(from, from.plus(Duration.ofHours(3)))).then().statusCode(201);

        JsonNode messages = messagesOf(voucher.id());
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("text").asText())
                .contains(UNTIL.format(from.plus(Duration.ofHours(3)).atZone(BusinessClock.ZONE)));
        assertThat(messages.get(1).get("text").asText())
                .contains(UNTIL.format(from.plus(Duration.ofHours(2)).atZone(BusinessClock.ZONE)));
        assertThat(messages.get(0).get("code").asText()).isNotEqualTo(messages.get(1).get("code").asText());
    }

    @Test
    void another_providers_voucher_or_an_unknown_one_is_404_and_texts_no_one() {
        Instant from = now();
        issue("provider-b", voucher.id(), window(from, from.plus(Duration.ofHours(2)))).then()
                .statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"));
        issue("provider-a", UUID.randomUUID(), window(from, from.plus(Duration.ofHours(2)))).then()
                .statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"));

        assertThat(messagesOf(voucher.id())).isEmpty();
        assertThat(codesOf(voucher.id())).isZero();
    }

    @Test
    void a_suspended_voucher_gets_no_code() {
        Voucher suspended = TestWorld.suspended(TestWorld.withContactPhone(
                TestWorld.voucher(LUJIANG, 60_000, List.of("REHAB")), PHONE));
        Instant from = now();

        issue("provider-a", suspended.id(), window(from, from.plus(Duration.ofHours(2)))).then()
                .statusCode(409).contentType(PROBLEM).body("code", equalTo("VOUCHER_NOT_ACTIVE"));

        assertThat(codesOf(suspended.id())).isZero();
        assertThat(messagesOf(suspended.id())).isEmpty();
    }

    @Test
    void a_voucher_without_a_phone_is_409_no_contact_phone() {
        Voucher noPhone = TestWorld.voucher(LUJIANG, 60_000, List.of("REHAB"));
        Instant from = now();

        issue("provider-a", noPhone.id(), window(from, from.plus(Duration.ofHours(2)))).then()
                .statusCode(409).contentType(PROBLEM).body("code", equalTo("NO_CONTACT_PHONE"));

        assertThat(codesOf(noPhone.id())).isZero();
        assertThat(messagesOf(noPhone.id())).isEmpty();
    }

    @Test
    void careless_bodies_are_a_400_problem_naming_the_field_and_issue_nothing() {
        Instant now = now();
        Map<String, Object> noFrom = window(now, now.plus(Duration.ofHours(1)));
        noFrom.remove("validFrom");
        Map<String, Object> unknownField = window(now, now.plus(Duration.ofHours(1)));
        unknownField.put("code", "123456");
        Map<String, Object> notAnInstant = window(now, now.plus(Duration.ofHours(1)));
        notAnInstant.put("validUntil", "tomorrow");
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        bodies.put("validFrom", noFrom);
        bodies.put("code", unknownField);
        bodies.put("validUntil", notAnInstant);
        // ends before it starts, the same instant, over 12 hours, over already
        bodies.put("validUntil ", window(now, now.minus(Duration.ofMinutes(1))));
        bodies.put("validUntil  ", window(now, now));
        bodies.put("validUntil   ", window(now, now.plus(Duration.ofHours(12)).plusSeconds(1)));
        bodies.put("validUntil    ", window(now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1))));
        bodies.forEach((field, body) -> issue("provider-a", voucher.id(), body).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(field.strip())));

        given().auth().oauth2(Tokens.forUser("provider-a")).contentType(ContentType.JSON).body("{\"validFrom\":")
                .post("/api/v1/vouchers/" + voucher.id() + "/visit-codes").then().statusCode(400)
                .contentType(PROBLEM);
        issue("provider-a", "not-a-uuid", window(now, now.plus(Duration.ofHours(1)))).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("id"));
        // exactly 12 hours is allowed
        issue("provider-a", voucher.id(), window(now, now.plus(Duration.ofHours(12)))).then().statusCode(201);

        assertThat(codesOf(voucher.id())).isEqualTo(1);
        assertThat(messagesOf(voucher.id())).hasSize(1);
    }

    @Test
    void only_a_provider_issues_and_only_city_admin_reads_the_messages() {
        Instant now = now();
        issue("city-admin", voucher.id(), window(now, now.plus(Duration.ofHours(1)))).then().statusCode(403)
                .contentType(PROBLEM);
        given().auth().oauth2(Tokens.forUser("provider-a")).queryParam("voucherId", voucher.id().toString())
                .get("/api/v1/admin/messages").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.forUser("auditor")).queryParam("voucherId", voucher.id().toString())
                .get("/api/v1/admin/messages").then().statusCode(403).contentType(PROBLEM);
        given().queryParam("voucherId", voucher.id().toString()).get("/api/v1/admin/messages").then()
                .statusCode(401);
    }

    @Test
    void the_messages_need_a_voucher_id_that_is_a_uuid() {
        String admin = Tokens.forUser("city-admin");
        given().auth().oauth2(admin).get("/api/v1/admin/messages").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("voucherId"));
        given().auth().oauth2(admin).queryParam("voucherId", "1-1-1-1-1").get("/api/v1/admin/messages").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("voucherId"));
        given().auth().oauth2(admin).queryParam("voucherId", UUID.randomUUID().toString())
                .get("/api/v1/admin/messages").then().statusCode(200).body("$", hasSize(0));
    }

    /** Whole seconds: the answer's instants then read back as written. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    long codesOf(UUID voucherId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from visit_code where voucher_id = ?1")
                .setParameter(1, voucherId).getSingleResult()).longValue());
    }
}
