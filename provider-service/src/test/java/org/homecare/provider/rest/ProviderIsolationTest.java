package org.homecare.provider.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.homecare.provider.TestProviders.PROVIDER_A_CODE;
import static org.homecare.provider.TestProviders.PROVIDER_B_CODE;
import static org.homecare.provider.TestProviders.as;
import static org.homecare.provider.TestProviders.createContract;
import static org.homecare.provider.TestProviders.newIdNumber;
import static org.homecare.provider.TestProviders.providerOf;
import static org.homecare.provider.TestProviders.rate;
import static org.homecare.provider.TestProviders.registerCaregiver;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Provider B's user against provider A's provider, contracts and caregivers, on every endpoint a provider may call:
 * always 404 (as if they did not exist) and nothing changed. Endpoints a provider may not call at all are 403.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ProviderIsolationTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2040);

    @Inject
    EntityManager entityManager;

    UUID providerA;
    UUID providerB;
    UUID contractA;
    UUID caregiverA;

    @BeforeEach
    void providers_a_and_b_with_a_contract_and_a_caregiver_of_a() {
        providerA = providerOf("provider-a", PROVIDER_A_CODE);
        providerB = providerOf("provider-b", PROVIDER_B_CODE);
        // each test gets its own year, so provider A's contracts never overlap (A's provider lives for the whole run)
        int year = NEXT_YEAR.getAndIncrement();
        contractA = createContract(providerA, year + "-01-01", year + "-12-31");
        caregiverA = registerCaregiver("city-admin", providerA, newIdNumber());
    }

    @Test
    void provider_b_reads_none_of_provider_a() {
        String a = "/api/v1/providers/" + providerA;
        String contract = a + "/contracts/" + contractA;
        String caregiver = a + "/caregivers/" + caregiverA;
        String date = as("city-admin").get(contract).then().extract().path("validFrom");

        for (Response response : List.of(
                as("provider-b").get(a),
                as("provider-b").get(a + "/contracts"),
                as("provider-b").get(contract),
                as("provider-b").queryParam("itemCode", "R01").queryParam("date", date).get(contract + "/price"),
                as("provider-b").get(a + "/caregivers"),
                as("provider-b").get(caregiver),
                // A's objects under B's own provider id
                as("provider-b").get("/api/v1/providers/" + providerB + "/contracts/" + contractA),
                as("provider-b").get("/api/v1/providers/" + providerB + "/caregivers/" + caregiverA))) {
            response.then().statusCode(404).contentType(PROBLEM_JSON);
        }
        as("provider-b").get("/api/v1/providers").then().statusCode(200)
                .body("items.id", not(hasItem(providerA.toString())))
                .body("items.creditCode", everyItem(equalTo(PROVIDER_B_CODE)));
        as("provider-b").get("/api/v1/providers/me").then().statusCode(200)
                .body("id", equalTo(providerB.toString()));
    }

    @Test
    void the_same_reads_work_for_provider_a_itself() {
        String a = "/api/v1/providers/" + providerA;
        String contract = a + "/contracts/" + contractA;
        String date = as("city-admin").get(contract).then().extract().path("validFrom");
        as("provider-a").get(a).then().statusCode(200).body("phone", equalTo("0551-65551234"));
        as("provider-a").get(a + "/contracts").then().statusCode(200).body("items.id", hasItem(contractA.toString()));
        as("provider-a").get(contract).then().statusCode(200);
        as("provider-a").queryParam("itemCode", "R01").queryParam("date", date).get(contract + "/price").then()
                .statusCode(200).body("unitPriceFen", equalTo(6000));
        as("provider-a").get(a + "/caregivers/" + caregiverA).then().statusCode(200);
        as("provider-a").get("/api/v1/providers").then().body("items.id", hasItem(providerA.toString()))
                .body("total", equalTo(1));
    }

    @Test
    void provider_b_changes_none_of_provider_a() {
        String a = "/api/v1/providers/" + providerA;
        long caregiversBefore = count("select count(*) from caregiver where provider_id = ?1", providerA);
        long auditBefore = count("select count(*) from audit_record where actor = ?1", "provider-b");

        as("provider-b").body(Map.of("idNumber", newIdNumber(), "name", "王五", "certificationLevel", 3))
                .post(a + "/caregivers").then().statusCode(404).contentType(PROBLEM_JSON);
        as("provider-b").delete(a + "/caregivers/" + caregiverA).then().statusCode(404).contentType(PROBLEM_JSON);
        as("provider-b").delete("/api/v1/providers/" + providerB + "/caregivers/" + caregiverA).then()
                .statusCode(404);

        assertThat(count("select count(*) from caregiver where provider_id = ?1", providerA))
                .isEqualTo(caregiversBefore);
        as("city-admin").get(a + "/caregivers/" + caregiverA).then().body("status", equalTo("ACTIVE"));
        assertThat(count("select count(*) from audit_record where actor = ?1", "provider-b")).isEqualTo(auditBefore);
    }

    @Test
    void provider_users_may_not_call_city_admin_endpoints_at_all() {
        String a = "/api/v1/providers/" + providerA;
        String contract = a + "/contracts/" + contractA;
        for (String user : List.of("provider-a", "provider-b", "auditor")) {
            for (String action : List.of("approve", "suspend", "reinstate", "terminate")) {
                as(user).body(Map.of("reason", "x")).post(a + "/" + action).then().statusCode(403)
                        .contentType(PROBLEM_JSON);
            }
            as(user).body(Map.of("validFrom", "2031-01-01", "validTo", "2031-12-31", "districtCodes",
                    List.of("340104"), "rates", List.of(rate("R01", 100, "2031-01-01"))))
                    .post(a + "/contracts").then().statusCode(403);
            as(user).body(rate("R01", 100, "2099-01-01")).post(contract + "/rates")
                    .then().statusCode(403);
            as(user).body(Map.of("endOn", "2031-01-01", "reason", "x")).post(contract + "/end").then()
                    .statusCode(403);
        }
        as("city-admin").get(a).then().body("status", equalTo("APPROVED"));
        as("city-admin").get(contract).then().body("status", equalTo("ACTIVE")).body("rates.size()", equalTo(2));
    }

    private long count(String sql, Object parameter) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
                .longValue();
    }
}
