package org.homecare.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.eligibility.Elders;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Caseworkers own their districts' elders; district auditors read only theirs; tokens from the real Keycloak. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ElderDistrictScopeTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String YAOHAI = "340102";
    private static final String LUYANG = "340103";

    @Inject
    BusinessClock clock;

    private record Call(String method, String path) {
    }

    @Test
    void a_caseworker_of_another_district_gets_404_on_every_endpoint_that_names_an_elder_and_changes_nothing() {
        UUID elder = registerAs("caseworker-yaohai", YAOHAI);
        List<Call> calls = elderEndpoints();
        assertThat(calls).extracting(Call::path).contains("/api/v1/elders/{id}", "/api/v1/elders/{id}/facts",
                "/api/v1/elders/{id}/history", "/api/v1/elders/{id}/eligibility");
        String historyBefore = history(elder, "caseworker-yaohai");

        for (Call call : calls) {
            call("caseworker-luyang", call, elder).then().statusCode(404).contentType(PROBLEM)
                    .body("code", equalTo("NOT_FOUND"));
        }
        // a missing elder answers the same words, so a 404 tells nothing about another district's elders
        UUID nobody = UUID.randomUUID();
        String missing = call("caseworker-luyang", new Call("GET", "/api/v1/elders/{id}"), nobody).then()
                .statusCode(404).extract().path("detail");
        String outside = call("caseworker-luyang", new Call("GET", "/api/v1/elders/{id}"), elder).then()
                .statusCode(404).extract().path("detail");
        assertThat(outside).isEqualTo(missing.replace(nobody.toString(), elder.toString()));
        assertThat(history(elder, "caseworker-yaohai")).isEqualTo(historyBefore);

        for (Call read : calls.stream().filter(c -> c.method().equals("GET")).toList()) {
            for (String insider : List.of("caseworker-yaohai", "auditor-yaohai", "auditor", "city-admin")) {
                call(insider, read, elder).then().statusCode(200);
            }
        }
    }

    @Test
    void a_district_auditor_reads_only_its_districts_elders() {
        UUID luyang = registerAs("caseworker-luyang", LUYANG);
        for (Call read : elderEndpoints().stream().filter(c -> c.method().equals("GET")).toList()) {
            call("auditor-yaohai", read, luyang).then().statusCode(404);
            call("auditor", read, luyang).then().statusCode(200);
        }
    }

    @Test
    void a_caseworker_without_district_codes_is_refused_with_no_district_scope() {
        UUID elder = registerAs("caseworker-yaohai", YAOHAI);
        for (Response answer : List.of(
                given().auth().oauth2(Tokens.forUser("caseworker-unassigned")).get("/api/v1/elders/" + elder),
                given().auth().oauth2(Tokens.forUser("caseworker-unassigned")).get("/api/v1/elders?name=张"),
                given().auth().oauth2(Tokens.forUser("caseworker-unassigned")).contentType(ContentType.JSON)
                        .body(Elders.registration(LocalDate.of(1950, 1, 1), YAOHAI, "ALONE", "NONE"))
                        .post("/api/v1/elders"))) {
            answer.then().statusCode(403).contentType(PROBLEM).body("code", equalTo("NO_DISTRICT_SCOPE"));
        }
    }

    @Test
    void a_caseworker_registers_elders_of_its_own_districts_only() {
        Map<String, Object> body = Elders.registration(LocalDate.of(1949, 2, 2), YAOHAI, "ALONE", "NONE");
        given().auth().oauth2(Tokens.forUser("caseworker-luyang")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/elders").then().statusCode(403).contentType(PROBLEM)
                .body("code", equalTo("DISTRICT_OUT_OF_SCOPE")).body("errors[0].field", equalTo("districtCode"));
        given().auth().oauth2(Tokens.forUser("city-admin"))
                .get("/api/v1/elders?idNumber=" + body.get("idNumber")).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void moving_an_elder_hands_it_to_the_new_district_and_the_history_shows_the_move() {
        UUID elder = registerAs("caseworker-yaohai", YAOHAI);

        given().auth().oauth2(Tokens.forUser("caseworker-yaohai")).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", clock.today().toString(), "districtCode", LUYANG,
                        "street", "三孝口街道"))
                .patch("/api/v1/elders/" + elder + "/facts").then().statusCode(200)
                .body("districtCode", equalTo(LUYANG));

        given().auth().oauth2(Tokens.forUser("caseworker-yaohai")).get("/api/v1/elders/" + elder).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.forUser("caseworker-luyang")).get("/api/v1/elders/" + elder).then()
                .statusCode(200).body("districtCode", equalTo(LUYANG));
        List<Map<String, Object>> facts = given().auth().oauth2(Tokens.forUser("caseworker-luyang"))
                .get("/api/v1/elders/" + elder + "/history").then().statusCode(200).extract().path("facts");
        assertThat(facts).extracting(f -> f.get("fact") + "=" + f.get("value"))
                .contains("DISTRICT_CODE=" + YAOHAI, "DISTRICT_CODE=" + LUYANG);
        assertThat(facts).filteredOn(f -> LUYANG.equals(f.get("value")))
                .extracting(f -> f.get("recordedBy")).containsExactly("caseworker-yaohai");
    }

    /** Every operation of the OpenAPI document whose path names an elder: a new endpoint joins the walk by itself. */
    private static List<Call> elderEndpoints() {
        JsonNode paths = openApi().path("paths");
        List<Call> calls = new ArrayList<>();
        for (Iterator<String> names = paths.fieldNames(); names.hasNext();) {
            String path = names.next();
            if (!path.startsWith("/api/v1/elders/{id}")) {
                continue;
            }
            for (Iterator<String> methods = paths.path(path).fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                if (List.of("GET", "POST", "PATCH", "PUT", "DELETE").contains(method)) {
                    calls.add(new Call(method, path));
                }
            }
        }
        return calls;
    }

    private static JsonNode openApi() {
        try {
            return new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response call(String user, Call call, UUID elder) {
        String path = call.path().replace("{id}", elder.toString());
        var request = given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON).body(bodyFor(call));
        return request.request(call.method(), path);
    }

    /** A valid body for each write, so that a 404 is the scope's answer and not the body's. */
    private Map<String, Object> bodyFor(Call call) {
        String today = clock.today().toString();
        return switch (call.path()) {
            case "/api/v1/elders/{id}/facts" -> Map.of("effectiveFrom", today, "street", "明光路街道");
            case "/api/v1/elders/{id}/assessments" -> Map.of("level", 2, "assessedOn", today, "assessor", "Dr Li");
            case "/api/v1/elders/{id}/death" -> Map.of("dateOfDeath", today);
            default -> Map.of();
        };
    }

    private static UUID registerAs(String user, String district) {
        Map<String, Object> body = Elders.registration(LocalDate.of(1948, 6, 6), district, "ALONE", "NONE");
        return UUID.fromString(given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/elders").then().statusCode(201).extract().path("id"));
    }

    private static String history(UUID elder, String user) {
        return given().auth().oauth2(Tokens.forUser(user)).get("/api/v1/elders/" + elder + "/history").then()
                .statusCode(200).extract().asString();
    }
}
