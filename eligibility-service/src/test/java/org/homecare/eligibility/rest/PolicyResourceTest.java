package org.homecare.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class PolicyResourceTest {

    private static final String HEFEI = "b6f7c3a0-3401-4c6e-9a51-2013a0000001";

    @Inject
    BusinessClock clock;

    @Test
    void the_hefei_policy_is_seeded_with_its_four_rules_as_domain_md_states() {
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/policies/" + HEFEI).then().statusCode(200)
                .body("code", equalTo("HEFEI"))
                .body("versions.version", contains(1, 2))
                .body("versions[1].validFrom", equalTo("2021-01-01"))
                .body("versions[1].scope.districtPrefixes", contains("3401"))
                .body("versions[1].rules.id", contains("R1", "R2", "R3", "R4"))
                .body("versions[1].rules.monthlyAmountFen", contains(60000, 60000, 60000, 60000))
                .body("versions[1].rules[0].categories", contains("REHAB", "HOUSEKEEPING", "MEAL"))
                .body("versions[1].rules[1].conditions[1].value", contains("CHILDLESS", "LOST_ONLY_CHILD"))
                .body("versions[1].rules[3].conditions.fact", contains("age", "incomeStatus", "abilityLevel"))
                .body("versions[0].rules.id", contains("R1", "R2", "R3"));
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/policies?page=0&size=10").then()
                .statusCode(200).body("items.code", hasItem("HEFEI")).body("size", equalTo(10));
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/policies?size=501").then().statusCode(400);
    }

    @Test
    void invalid_policy_versions_are_400_naming_every_problem() {
        Map<String, Object> bad = Map.of("code", "BAD-ONE", "name", "bad",
                "validFrom", "2030-01-01",
                "scope", Map.of("districtPrefixes", List.of("34")),
                "rules", List.of(
                        Map.of("id", "B1", "conditions", List.of(Map.of("fact", "wealth", "op", "GE", "value", 1)),
                                "monthlyAmountFen", -5, "categories", List.of("MEAL")),
                        Map.of("id", "B2", "conditions", List.of(Map.of("fact", "age", "op", "ABOUT", "value", 80)),
                                "monthlyAmountFen", 100, "categories", List.of("SPA"))));

        given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/policies").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rules[0].conditions[0].fact", "rules[0].monthlyAmountFen",
                        "rules[1].conditions[0].op", "rules[1].categories"));
        given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/policies?size=500").then()
                .body("items.code", org.hamcrest.Matchers.not(hasItem("BAD-ONE")));
    }

    @Test
    void a_version_overlapping_an_existing_one_is_400_and_a_later_one_is_version_3() {
        String admin = Tokens.forUser("city-admin");
        Map<String, Object> overlapping = Map.of("validFrom", "2025-01-01",
                "scope", Map.of("districtPrefixes", List.of("3401")),
                "rules", List.of(Map.of("id", "R9", "conditions", List.of(Map.of("fact", "age", "op", "GE", "value", 95)),
                        "monthlyAmountFen", 100000, "categories", List.of("REHAB"))));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(overlapping)
                .post("/api/v1/policies/" + HEFEI + "/versions").then().statusCode(400)
                .body("errors.field", contains("validFrom"));

        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON).body(overlapping)
                .post("/api/v1/policies/" + HEFEI + "/versions").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(overlapping)
                .post("/api/v1/policies/" + java.util.UUID.randomUUID() + "/versions").then().statusCode(404);
    }

    @Test
    void a_new_policy_with_a_future_version_is_created_by_a_city_admin_only() {
        Map<String, Object> policy = Map.of("code", "WUHU-PILOT", "name", "Wuhu pilot",
                "validFrom", clock.today().plusYears(5).toString(), "validTo", clock.today().plusYears(6).toString(),
                "scope", Map.of("districtCodes", List.of("340202")),
                "rules", List.of(Map.of("id", "W1", "description", "aged 85+ living alone",
                        "conditions", List.of(Map.of("fact", "age", "op", "GE", "value", 85),
                                Map.of("fact", "livingArrangement", "op", "IN", "value", List.of("ALONE")),
                                Map.of("fact", "localHukou", "op", "EQ", "value", true)),
                        "monthlyAmountFen", 40000, "categories", List.of("MEAL"))));
        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON).body(policy)
                .post("/api/v1/policies").then().statusCode(403);

        String id = given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON).body(policy)
                .post("/api/v1/policies").then().statusCode(201)
                .body("versions[0].version", equalTo(1))
                .body("versions[0].rules[0].conditions[2].value", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON).body(policy)
                .post("/api/v1/policies").then().statusCode(409);
        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/policies/" + id).then().statusCode(200)
                .body("createdBy", equalTo("city-admin"));
    }
}
