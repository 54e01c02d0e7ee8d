package org.homecare.provider.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.homecare.provider.TestProviders.as;
import static org.homecare.provider.TestProviders.move;
import static org.homecare.provider.TestProviders.newCreditCode;
import static org.homecare.provider.TestProviders.register;
import static org.homecare.provider.TestProviders.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ProviderLifecycleTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    EntityManager entityManager;

    @Test
    void city_admin_registers_a_provider_as_applied_with_its_history_and_an_audit_record() {
        String code = newCreditCode();
        String id = as("city-admin").body(registration(code)).post("/api/v1/providers").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/providers/"))
                .body("status", equalTo("APPLIED"))
                .body("creditCode", equalTo(code))
                .body("districtCodes", contains("340104", "340111"))
                .body("statusHistory.toStatus", contains("APPLIED"))
                .extract().path("id");

        assertThat(auditActions(id)).containsExactly("PROVIDER_REGISTERED");
        assertThat(auditAfter(id)).doesNotContain("0551-65551234").contains("055******1234");
    }

    @Test
    void a_wrong_check_character_is_a_400_naming_credit_code_and_registers_nothing() {
        String valid = newCreditCode();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        String invalid = valid.substring(0, 17) + wrong;
        long before = providerCount();

        as("city-admin").body(registration(invalid)).post("/api/v1/providers").then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("creditCode"))
                .body("errors[0].message", containsString("check character"));
        as("city-admin").body(registration("91340100MA2NHCI15G")).post("/api/v1/providers").then()
                .statusCode(400).body("errors.field", contains("creditCode"));

        assertThat(providerCount()).isEqualTo(before);
    }

    @Test
    void a_second_provider_with_the_same_credit_code_is_a_409() {
        String code = newCreditCode();
        register(code);
        as("city-admin").body(registration(code.toLowerCase())).post("/api/v1/providers").then()
                .statusCode(409).contentType(PROBLEM_JSON).body("code", equalTo("CREDIT_CODE_TAKEN"));
    }

    @Test
    void bad_districts_categories_phone_and_missing_fields_are_400s_naming_the_field() {
        long before = providerCount();
        assertRejected(with("districtCodes", List.of("340104", "34010")), "districtCodes[1]");
        assertRejected(with("districtCodes", List.of()), "districtCodes");
        assertRejected(with("categories", List.of("GARDENING")), "categories[0]");
        assertRejected(with("phone", "call me"), "phone");
        assertRejected(with("name", " "), "name");
        Map<String, Object> noAddress = new HashMap<>(registration(newCreditCode()));
        noAddress.remove("address");
        assertRejected(noAddress, "address");
        assertThat(providerCount()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource({
            "APPLIED, approve, APPROVED",
            "APPROVED, suspend, SUSPENDED",
            "SUSPENDED, reinstate, APPROVED",
            "APPROVED, terminate, TERMINATED",
            "SUSPENDED, terminate, TERMINATED" })
    void legal_transitions_change_the_status_and_extend_the_history(String from, String action, String to) {
        UUID provider = providerIn(from);
        int historyBefore = history(provider).size();

        as("city-admin").body(Map.of("reason", "inspection 2026-11")).post(
                "/api/v1/providers/" + provider + "/" + action).then()
                .statusCode(200)
                .body("status", equalTo(to))
                .body("statusHistory[-1].fromStatus", equalTo(from))
                .body("statusHistory[-1].toStatus", equalTo(to))
                .body("statusHistory[-1].reason", equalTo("inspection 2026-11"))
                .body("statusHistory[-1].actor", equalTo("city-admin"));

        assertThat(history(provider)).hasSize(historyBefore + 1);
        assertThat(auditActions(provider.toString())).contains("PROVIDER_" + to);
    }

    @ParameterizedTest(name = "{1} from {0} -> 409")
    @CsvSource({
            "APPLIED, suspend", "APPLIED, reinstate", "APPLIED, terminate",
            "APPROVED, approve", "APPROVED, reinstate",
            "SUSPENDED, approve", "SUSPENDED, suspend",
            "TERMINATED, approve", "TERMINATED, suspend", "TERMINATED, reinstate", "TERMINATED, terminate" })
    void illegal_transitions_are_409s_naming_the_current_status_and_change_nothing(String from, String action) {
        UUID provider = providerIn(from);
        int historyBefore = history(provider).size();
        int auditBefore = auditActions(provider.toString()).size();

        as("city-admin").body(Map.of("reason", "try")).post("/api/v1/providers/" + provider + "/" + action).then()
                .statusCode(409).contentType(PROBLEM_JSON)
                .body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("detail", containsString("is " + from));

        as("city-admin").get("/api/v1/providers/" + provider).then().body("status", equalTo(from));
        assertThat(history(provider)).hasSize(historyBefore);
        assertThat(auditActions(provider.toString())).hasSize(auditBefore);
    }

    @Test
    void a_transition_needs_a_reason() {
        UUID provider = register(newCreditCode());
        as("city-admin").body(Map.of()).post("/api/v1/providers/" + provider + "/approve").then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        as("city-admin").body(Map.of("reason", "  ")).post("/api/v1/providers/" + provider + "/approve").then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        as("city-admin").get("/api/v1/providers/" + provider).then().body("status", equalTo("APPLIED"));
    }

    @Test
    void the_full_status_history_is_kept_in_order() {
        UUID provider = register(newCreditCode());
        for (String action : List.of("approve", "suspend", "reinstate", "suspend", "terminate")) {
            move(provider, action);
        }
        as("auditor").get("/api/v1/providers/" + provider).then().statusCode(200)
                .body("statusHistory.toStatus",
                        contains("APPLIED", "APPROVED", "SUSPENDED", "APPROVED", "SUSPENDED", "TERMINATED"))
                .body("phone", equalTo("055******1234"));
    }

    @Test
    void only_city_admin_registers_and_moves_providers() {
        UUID provider = register(newCreditCode());
        for (String user : List.of("auditor", "caseworker", "provider-a")) {
            as(user).body(registration(newCreditCode())).post("/api/v1/providers").then()
                    .statusCode(403).contentType(PROBLEM_JSON);
            as(user).body(Map.of("reason", "x")).post("/api/v1/providers/" + provider + "/approve").then()
                    .statusCode(403);
        }
        as("caseworker").get("/api/v1/providers").then().statusCode(403);
        as("city-admin").get("/api/v1/providers/" + provider).then().body("status", equalTo("APPLIED"));
    }

    @Test
    void lists_are_paged_and_filtered_by_status() {
        register(newCreditCode());
        as("auditor").queryParam("status", "APPLIED").queryParam("size", 1).get("/api/v1/providers").then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("APPLIED"))
                .body("page", equalTo(0)).body("size", equalTo(1));
        as("auditor").queryParam("size", 501).get("/api/v1/providers").then()
                .statusCode(400).body("errors.field", hasItem("size"));
        as("auditor").queryParam("status", "SLEEPING").get("/api/v1/providers").then()
                .statusCode(400).body("errors.field", hasItem("status"));
        as("city-admin").get("/api/v1/providers/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    private UUID providerIn(String status) {
        UUID provider = register(newCreditCode());
        switch (status) {
            case "APPLIED" -> {
            }
            case "APPROVED" -> move(provider, "approve");
            case "SUSPENDED" -> {
                move(provider, "approve");
                move(provider, "suspend");
            }
            case "TERMINATED" -> {
                move(provider, "approve");
                move(provider, "terminate");
            }
            default -> throw new IllegalArgumentException(status);
        }
        return provider;
    }

    private static void assertRejected(Map<String, Object> body, String field) {
        as("city-admin").body(body).post("/api/v1/providers").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem(field));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(registration(newCreditCode()));
        body.put(field, value);
        return body;
    }

    private List<?> history(UUID provider) {
        return as("city-admin").get("/api/v1/providers/" + provider).then().extract().path("statusHistory");
    }

    private long providerCount() {
        return ((Number) entityManager.createNativeQuery("select count(*) from provider").getSingleResult())
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> auditActions(String objectId) {
        return entityManager.createNativeQuery("select action from audit_record where object_id = ?1 order by at")
                .setParameter(1, objectId).getResultList();
    }

    private String auditAfter(String objectId) {
        return (String) entityManager.createNativeQuery(
                "select after_state from audit_record where object_id = ?1 order by at desc limit 1")
                .setParameter(1, objectId).getSingleResult();
    }
}
