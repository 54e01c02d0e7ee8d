package org.homecare.provider.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.homecare.provider.TestProviders.PROVIDER_A_CODE;
import static org.homecare.provider.TestProviders.PROVIDER_B_CODE;
import static org.homecare.provider.TestProviders.as;
import static org.homecare.provider.TestProviders.newCreditCode;
import static org.homecare.provider.TestProviders.providerOf;
import static org.homecare.provider.TestProviders.register;
import static org.homecare.provider.TestProviders.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.Topics;
import org.homecare.deploy.test.PublishedEvents;
import org.homecare.deploy.test.PublishedEvents.Published;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class PayeeAccountTest {

    private static final String NUMBER = "6222021234567890123";
    private static final String MASKED = "6222 **** **** 0123";
    private static final String CNAPS = "102361000018";

    @Inject
    EntityManager entityManager;

    @Inject
    BusinessClock clock;

    @Test
    void an_account_given_at_registration_is_in_force_from_that_day_and_announced() {
        String code = newCreditCode();
        Map<String, Object> body = new HashMap<>(registration(code));
        String name = (String) body.get("name");
        body.put("bankAccount", account(name, NUMBER));
        String id = as("city-admin").body(body).post("/api/v1/providers").then().statusCode(201).extract().path("id");

        as("city-admin").get("/api/v1/providers/" + id + "/bank-account").then().statusCode(200)
                .body("current.accountName", equalTo(name))
                .body("current.bankCode", equalTo(CNAPS))
                .body("current.accountNumber", equalTo(NUMBER))
                .body("current.effectiveFrom", equalTo(clock.today().toString()))
                .body("versions", hasSize(1));
        assertThat(payeeEvents(id)).singleElement().satisfies(payload -> assertThat(payload)
                .contains("\"accountNumber\":\"" + NUMBER + "\"").contains("\"bankCode\":\"" + CNAPS + "\""));
    }

    @Test
    void the_number_is_whole_for_the_city_and_the_platform_and_masked_for_auditors_and_the_provider() {
        UUID provider = providerOf("provider-a", PROVIDER_A_CODE);
        providerOf("provider-b", PROVIDER_B_CODE);
        String name = as("city-admin").get("/api/v1/providers/" + provider).then().extract().path("name");
        as("city-admin").body(account(name, NUMBER)).put("/api/v1/providers/" + provider + "/bank-account").then()
                .statusCode(200).body("current.accountNumber", equalTo(NUMBER));

        String path = "/api/v1/providers/" + provider + "/bank-account";
        given().auth().oauth2(Tokens.forPlatform()).get(path).then().statusCode(200)
                .body("current.accountNumber", equalTo(NUMBER));
        as("auditor").get(path).then().statusCode(200).body("current.accountNumber", equalTo(MASKED))
                .body("versions.accountNumber", contains(MASKED));
        as("provider-a").get(path).then().statusCode(200).body("current.accountNumber", equalTo(MASKED));
        as("provider-b").get(path).then().statusCode(404);
        as("caseworker").get(path).then().statusCode(403);
        as("provider-a").body(account(name, NUMBER)).put(path).then().statusCode(403);
    }

    @Test
    void a_change_is_a_new_version_with_a_masked_audit_record_and_the_same_account_again_changes_nothing() {
        UUID provider = register(newCreditCode());
        String name = as("city-admin").get("/api/v1/providers/" + provider).then().extract().path("name");
        String path = "/api/v1/providers/" + provider + "/bank-account";
        as("city-admin").body(account(name, "6222000011112222")).put(path).then().statusCode(200);
        as("city-admin").body(account(name, NUMBER)).put(path).then().statusCode(200);
        as("city-admin").body(account(name, NUMBER)).put(path).then().statusCode(200)
                .body("versions.accountNumber", contains("6222000011112222", NUMBER))
                .body("current.accountNumber", equalTo(NUMBER));

        assertThat(payeeEvents(provider.toString())).hasSize(2);
        List<String> audits = auditStates(provider.toString());
        assertThat(audits).hasSize(2).allSatisfy(state -> assertThat(state).doesNotContain(NUMBER)
                .doesNotContain("6222000011112222"));
        assertThat(audits.get(1)).contains(MASKED);
    }

    @Test
    void bad_accounts_are_400_naming_each_field_and_change_nothing() {
        UUID provider = register(newCreditCode());
        String name = as("city-admin").get("/api/v1/providers/" + provider).then().extract().path("name");
        String path = "/api/v1/providers/" + provider + "/bank-account";

        Map<String, Object> bad = new HashMap<>(account("另一个名字", "6222 0212 3456 7890"));
        bad.put("bankCode", "10236100001X");
        as("city-admin").body(bad).put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("bankCode", "accountNumber", "accountName"));
        as("city-admin").body(account(name, "1234567")).put(path).then().statusCode(400)
                .body("errors.field", contains("accountNumber"));
        Map<String, Object> past = new HashMap<>(account(name, NUMBER));
        past.put("effectiveFrom", clock.today().minusDays(1).toString());
        as("city-admin").body(past).put(path).then().statusCode(400).body("errors.field", contains("effectiveFrom"));
        Map<String, Object> unknownField = new HashMap<>(account(name, NUMBER));
        unknownField.put("iban", "CN00");
        as("city-admin").body(unknownField).put(path).then().statusCode(400);

        as("city-admin").get(path).then().statusCode(200).body("current", nullValue()).body("versions", hasSize(0));
        assertThat(payeeEvents(provider.toString())).isEmpty();
    }

    @Test
    void an_account_name_other_than_the_registered_one_needs_a_reason() {
        UUID provider = register(newCreditCode());
        Map<String, Object> body = new HashMap<>(account("合肥康乐养老服务有限公司蜀山分公司", NUMBER));
        body.put("reason", "the branch holds the account");
        as("city-admin").body(body).put("/api/v1/providers/" + provider + "/bank-account").then().statusCode(200)
                .body("current.nameReason", equalTo("the branch holds the account"));
    }

    @Test
    void a_bad_account_in_a_registration_registers_nothing() {
        String code = newCreditCode();
        Map<String, Object> body = new HashMap<>(registration(code));
        body.put("bankAccount", account((String) body.get("name"), "62220212345678901234567890123456789"));
        as("city-admin").body(body).contentType(ContentType.JSON).post("/api/v1/providers").then().statusCode(400)
                .body("errors.field", contains("bankAccount.accountNumber"));
        assertThat(((Number) entityManager.createNativeQuery("select count(*) from provider where credit_code = ?1")
                .setParameter(1, code).getSingleResult()).longValue()).isZero();
    }

    private static Map<String, Object> account(String name, String number) {
        return Map.of("accountName", name, "bankName", "中国工商银行合肥蜀山支行", "bankCode", CNAPS,
                "accountNumber", number);
    }

    /** The ProviderPayeeChanged events published for the provider, once its outbox rows have gone to Kafka. */
    private List<String> payeeEvents(String providerId) {
        return PublishedEvents.on(Topics.PROVIDER, () -> pending(providerId) == 0,
                p -> providerId.equals(p.key()) && "ProviderPayeeChanged".equals(p.type()))
                .stream().map(Published::payload).toList();
    }

    private long pending(String providerId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from outbox_event where event_key = ?1")
                .setParameter(1, providerId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> auditStates(String providerId) {
        return entityManager.createNativeQuery("""
                select after_state from audit_record where object_id = ?1 and action = 'PAYEE_ACCOUNT_CHANGED'
                order by at""").setParameter(1, providerId).getResultList();
    }
}
