package org.homecare.provider.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.homecare.provider.TestProviders.PROVIDER_A_CODE;
import static org.homecare.provider.TestProviders.as;
import static org.homecare.provider.TestProviders.createContract;
import static org.homecare.provider.TestProviders.newIdNumber;
import static org.homecare.provider.TestProviders.providerOf;
import static org.homecare.provider.TestProviders.register;
import static org.homecare.provider.TestProviders.registerCaregiver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * provider-c's token carries the credit code of a provider the city never approved: first unknown here, then only
 * registered (APPLIED). Every endpoint a provider may call refuses it with 403 and a code, also on its own provider,
 * and changes nothing; provider-a, approved, gets the same endpoints answered.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class UnapprovedProviderTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROVIDER_C_CODE = "91340100MA2NHC0316";

    @Inject
    EntityManager entityManager;

    @Test
    void a_provider_the_city_never_approved_gets_403_with_a_code_on_every_provider_endpoint() {
        UUID providerA = providerOf("provider-a", PROVIDER_A_CODE);
        UUID contractA = createContract(providerA, "2060-01-01", "2060-12-31");
        UUID caregiverA = registerCaregiver("city-admin", providerA, newIdNumber());
        long caregiversBefore = count("select count(*) from caregiver");

        // unknown: no provider has provider-c's credit code
        assertRefused(walk("provider-c", providerA, contractA, caregiverA), "PROVIDER_UNKNOWN");

        // registered by the city but not approved: refused as well, even on its own provider
        UUID providerC = register(PROVIDER_C_CODE);
        UUID contractC = UUID.randomUUID();
        UUID caregiverC = UUID.randomUUID();
        assertRefused(walk("provider-c", providerC, contractC, caregiverC), "PROVIDER_NOT_ACTIVE");

        assertThat(count("select count(*) from caregiver")).isEqualTo(caregiversBefore);
        assertThat(count("select count(*) from audit_record where actor = 'provider-c'")).isZero();
        as("city-admin").get("/api/v1/providers/" + providerA + "/caregivers/" + caregiverA).then()
                .body("status", equalTo("ACTIVE"));
        as("city-admin").get("/api/v1/providers/" + providerC).then().body("status", equalTo("APPLIED"));
    }

    @Test
    void an_approved_provider_gets_the_same_endpoints_answered() {
        UUID providerA = providerOf("provider-a", PROVIDER_A_CODE);
        UUID contractA = createContract(providerA, "2061-01-01", "2061-12-31");
        UUID caregiverA = registerCaregiver("city-admin", providerA, newIdNumber());

        walk("provider-a", providerA, contractA, caregiverA).forEach((call, response) -> assertThat(
                response.statusCode()).as(call).isIn(200, 201));
        as("city-admin").get("/api/v1/providers/" + providerA + "/caregivers/" + caregiverA).then()
                .body("status", equalTo("INACTIVE"));
    }

    private static void assertRefused(Map<String, Response> answers, String code) {
        answers.forEach((call, response) -> {
            assertThat(response.statusCode()).as(call).isEqualTo(403);
            assertThat(response.contentType()).as(call).startsWith(PROBLEM_JSON);
            assertThat(response.<String> path("code")).as(call).isEqualTo(code);
        });
    }

    /** Every endpoint a provider role may call, in order, with its answer. */
    private static Map<String, Response> walk(String user, UUID provider, UUID contract, UUID caregiver) {
        String p = "/api/v1/providers/" + provider;
        Map<String, Function<String, Response>> calls = new LinkedHashMap<>();
        calls.put("catalogue", u -> as(u).get("/api/v1/catalogue"));
        calls.put("providers", u -> as(u).get("/api/v1/providers"));
        calls.put("me", u -> as(u).get("/api/v1/providers/me"));
        calls.put("provider", u -> as(u).get(p));
        calls.put("contracts", u -> as(u).get(p + "/contracts"));
        calls.put("contract", u -> as(u).get(p + "/contracts/" + contract));
        calls.put("price", u -> as(u).queryParam("itemCode", "R01").queryParam("date", "2061-06-01")
                .get(p + "/contracts/" + contract + "/price"));
        calls.put("caregivers", u -> as(u).get(p + "/caregivers"));
        calls.put("caregiver", u -> as(u).get(p + "/caregivers/" + caregiver));
        calls.put("register caregiver", u -> as(u).body(Map.of("idNumber", newIdNumber(), "name", "赵敏",
                "certificationLevel", 3)).post(p + "/caregivers"));
        calls.put("deactivate caregiver", u -> as(u).delete(p + "/caregivers/" + caregiver));
        Map<String, Response> answers = new LinkedHashMap<>();
        calls.forEach((name, call) -> answers.put(name, call.apply(user)));
        assertThat(answers).hasSize(11);
        return answers;
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
