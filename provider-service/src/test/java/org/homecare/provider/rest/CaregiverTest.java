package org.homecare.provider.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.homecare.provider.TestProviders.PROVIDER_A_CODE;
import static org.homecare.provider.TestProviders.approvedProvider;
import static org.homecare.provider.TestProviders.concurrently;
import static org.homecare.provider.TestProviders.as;
import static org.homecare.provider.TestProviders.move;
import static org.homecare.provider.TestProviders.newIdNumber;
import static org.homecare.provider.TestProviders.providerOf;
import static org.homecare.provider.TestProviders.registerCaregiver;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class CaregiverTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    EntityManager entityManager;

    @Test
    void the_identity_number_is_shown_in_full_to_city_admin_only() {
        UUID provider = providerOf("provider-a", PROVIDER_A_CODE);
        String idNumber = newIdNumber();
        UUID caregiver = registerCaregiver("city-admin", provider, idNumber);
        String path = "/api/v1/providers/" + provider + "/caregivers/" + caregiver;

        as("city-admin").get(path).then().statusCode(200).body("idNumber", equalTo(idNumber))
                .body("status", equalTo("ACTIVE")).body("certificationLevel", equalTo(4));
        for (String user : List.of("auditor", "provider-a")) {
            as(user).get(path).then().statusCode(200).body("idNumber", equalTo(ResidentIdNumber.mask(idNumber)));
        }
        as("auditor").get("/api/v1/providers/" + provider + "/caregivers").then()
                .body("items.idNumber", hasItem(ResidentIdNumber.mask(idNumber)));
        assertThat(audit(caregiver)).doesNotContain(idNumber).contains(ResidentIdNumber.mask(idNumber));
    }

    @Test
    void a_provider_user_registers_and_deactivates_its_own_caregivers() {
        UUID provider = providerOf("provider-a", PROVIDER_A_CODE);
        UUID caregiver = registerCaregiver("provider-a", provider, newIdNumber());
        as("provider-a").delete("/api/v1/providers/" + provider + "/caregivers/" + caregiver).then()
                .statusCode(200).body("status", equalTo("INACTIVE")).body("deactivatedOn", notNullValue());
        as("provider-a").delete("/api/v1/providers/" + provider + "/caregivers/" + caregiver).then()
                .statusCode(409).contentType(PROBLEM_JSON).body("code", equalTo("CAREGIVER_INACTIVE"));
        // deactivation keeps the caregiver in the history
        as("provider-a").queryParam("status", "INACTIVE").get("/api/v1/providers/" + provider + "/caregivers").then()
                .body("items.id", hasItem(caregiver.toString()));
    }

    @Test
    void one_person_is_active_at_one_provider_at_a_time() {
        UUID first = approvedProvider();
        UUID second = approvedProvider();
        String idNumber = newIdNumber();
        UUID caregiver = registerCaregiver("city-admin", first, idNumber);

        register(second, idNumber).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("code", equalTo("CAREGIVER_ACTIVE_ELSEWHERE"));
        register(first, idNumber).then().statusCode(409);
        as("city-admin").get("/api/v1/providers/" + second + "/caregivers").then().body("total", equalTo(0));

        as("city-admin").delete("/api/v1/providers/" + first + "/caregivers/" + caregiver).then().statusCode(200);
        registerCaregiver("city-admin", second, idNumber);
        as("city-admin").get("/api/v1/providers/" + first + "/caregivers").then()
                .body("items.status", contains("INACTIVE"));
    }

    @Test
    void four_providers_registering_the_same_person_at_once_get_one_201_and_three_409s() throws Exception {
        List<UUID> providers = List.of(approvedProvider(), approvedProvider(), approvedProvider(), approvedProvider());
        String idNumber = newIdNumber();
        List<Integer> statuses = concurrently(providers.stream()
                .<Supplier<Response>> map(p -> () -> register(p, idNumber)).toList());
        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(((Number) entityManager.createNativeQuery(
                "select count(*) from caregiver where id_number = ?1 and status = 'ACTIVE'")
                .setParameter(1, idNumber).getSingleResult()).longValue()).isEqualTo(1);
    }

    @Test
    void the_same_person_gets_the_same_person_key_at_every_provider() {
        UUID first = approvedProvider();
        UUID second = approvedProvider();
        String idNumber = newIdNumber();
        UUID one = registerCaregiver("city-admin", first, idNumber);
        as("city-admin").delete("/api/v1/providers/" + first + "/caregivers/" + one).then().statusCode(200);
        UUID two = registerCaregiver("city-admin", second, idNumber);
        assertThat(personKey(one)).isEqualTo(personKey(two)).hasSize(64).doesNotContain(idNumber.substring(6, 14));
    }

    @Test
    void an_invalid_identity_number_or_level_is_a_400_and_registers_nothing() {
        UUID provider = approvedProvider();
        String valid = newIdNumber();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        for (String idNumber : List.of(wrongCheck, "34010419751301001X", "12345")) {
            register(provider, idNumber).then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("errors.field", hasItem("idNumber"));
        }
        as("city-admin").body(Map.of("idNumber", valid, "name", "李静", "certificationLevel", 6))
                .post("/api/v1/providers/" + provider + "/caregivers").then()
                .statusCode(400).body("errors.field", hasItem("certificationLevel"));
        as("city-admin").get("/api/v1/providers/" + provider + "/caregivers").then().body("total", equalTo(0));
    }

    @Test
    void a_terminated_provider_registers_no_caregivers_and_its_caregivers_are_freed() {
        UUID provider = approvedProvider();
        String idNumber = newIdNumber();
        registerCaregiver("city-admin", provider, idNumber);
        move(provider, "terminate");

        as("city-admin").get("/api/v1/providers/" + provider + "/caregivers").then()
                .body("items.status", contains("INACTIVE"));
        register(provider, newIdNumber()).then().statusCode(409).body("code", equalTo("PROVIDER_TERMINATED"));
        registerCaregiver("city-admin", approvedProvider(), idNumber);
    }

    @Test
    void auditors_read_caregivers_but_never_change_them() {
        UUID provider = approvedProvider();
        UUID caregiver = registerCaregiver("city-admin", provider, newIdNumber());
        as("auditor").body(Map.of("idNumber", newIdNumber(), "name", "x", "certificationLevel", 3))
                .post("/api/v1/providers/" + provider + "/caregivers").then().statusCode(403);
        as("auditor").delete("/api/v1/providers/" + provider + "/caregivers/" + caregiver).then().statusCode(403);
        as("caseworker").get("/api/v1/providers/" + provider + "/caregivers").then().statusCode(403);
        as("auditor").get("/api/v1/providers/" + provider + "/caregivers/" + caregiver).then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
    }

    private static Response register(UUID provider, String idNumber) {
        return as("city-admin").body(Map.of("idNumber", idNumber, "name", "李静", "certificationLevel", 4))
                .post("/api/v1/providers/" + provider + "/caregivers");
    }

    private String personKey(UUID caregiver) {
        return (String) entityManager.createNativeQuery("select person_key from caregiver where id = ?1")
                .setParameter(1, caregiver).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private String audit(UUID caregiver) {
        return String.join("\n", entityManager.createNativeQuery(
                "select coalesce(before_state, '') || after_state from audit_record where object_id = ?1")
                .setParameter(1, caregiver.toString()).getResultList());
    }
}
