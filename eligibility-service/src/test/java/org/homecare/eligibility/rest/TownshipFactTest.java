package org.homecare.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.eligibility.Elders;
import org.homecare.eligibility.service.RecertificationWorker;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The township (乡镇街道) a caseworker records, checked against the district, and policy scopes naming townships. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class TownshipFactTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String CHANGFENG = "340121";
    private static final String FEIDONG = "340122";

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    RecertificationWorker worker;

    @Test
    void a_township_of_the_elders_district_is_recorded_at_registration_and_changed_from_a_date() {
        LocalDate today = clock.today();
        UUID elder = register(inTownship(LocalDate.of(1950, 2, 2), CHANGFENG, "340121100"));

        Elders.patchFacts(elder, Map.of("effectiveFrom", today.plusDays(5).toString(), "townshipCode", "340121101"))
                .then().statusCode(200).body("townshipCode", equalTo("340121100"))
                .body("districtCode", equalTo(CHANGFENG));

        given().auth().oauth2(Tokens.forUser("auditor")).queryParam("on", today.plusDays(5).toString())
                .get("/api/v1/elders/" + elder).then().statusCode(200).body("townshipCode", equalTo("340121101"))
                .body("street", equalTo("340102001"));
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders/" + elder + "/history").then()
                .statusCode(200).body("facts.findAll { it.fact == 'TOWNSHIP_CODE' }.value",
                        contains("340121100", "340121101"));
    }

    @Test
    void a_township_outside_the_district_or_of_the_wrong_shape_is_400_and_stores_nothing() {
        long elders = countElders();
        for (String township : List.of("340122100", "34012110", "3401211001", "34012110a", "040121100")) {
            Elders.post(inTownship(LocalDate.of(1950, 3, 3), CHANGFENG, township)).then().statusCode(400)
                    .contentType(PROBLEM).body("errors.field", contains("townshipCode"));
        }
        Elders.post(inTownship(LocalDate.of(1950, 3, 3), CHANGFENG, "340122100")).then().statusCode(400)
                .body("errors[0].message", containsString("must lie in district 340121"));
        assertThat(countElders()).isEqualTo(elders);

        LocalDate today = clock.today();
        UUID elder = register(inTownship(LocalDate.of(1950, 3, 3), CHANGFENG, "340121100"));
        long facts = countFacts(elder);
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "townshipCode", "340122100")).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", contains("townshipCode"));
        // checked against the district the same change moves the elder to
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "districtCode", FEIDONG,
                "townshipCode", "340121101")).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].message", containsString("must lie in district 340122"));
        // before the registration no district is in force
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.minusDays(1).toString(), "townshipCode", "340121101"))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("townshipCode"));

        assertThat(countFacts(elder)).isEqualTo(facts);
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders/" + elder).then().statusCode(200)
                .body("townshipCode", equalTo("340121100")).body("districtCode", equalTo(CHANGFENG));
    }

    @Test
    void a_move_brings_its_township_and_a_move_without_one_ends_the_old_districts_township() {
        LocalDate today = clock.today();
        UUID elder = register(inTownship(LocalDate.of(1947, 4, 4), CHANGFENG, "340121100"));

        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "districtCode", FEIDONG,
                "townshipCode", "340122100")).then().statusCode(200).body("districtCode", equalTo(FEIDONG))
                .body("townshipCode", equalTo("340122100"));
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "districtCode", CHANGFENG)).then()
                .statusCode(200).body("districtCode", equalTo(CHANGFENG)).body("townshipCode", nullValue());
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "street", "Fuyang Road 1")).then()
                .statusCode(200).body("townshipCode", nullValue());

        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders/" + elder + "/history").then()
                .statusCode(200).body("facts.findAll { it.fact == 'TOWNSHIP_CODE' }.value",
                        contains("340121100", "340122100", "NONE"));
    }

    @Test
    void a_policy_scoped_to_a_township_covers_its_elders_and_not_those_of_another_township_of_the_district() {
        LocalDate today = clock.today();
        String policyId = given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON)
                .body(Map.of("code", "DONGHU-TOWNSHIP-PILOT", "name", "Donghu district, one street's pilot",
                        "validFrom", today.minusDays(1).toString(),
                        "scope", Map.of("townshipCodes", List.of("360102001")),
                        "rules", List.of(
                                Map.of("id", "T1",
                                        "conditions", List.of(Map.of("fact", "age", "op", "GE", "value", 60)),
                                        "monthlyAmountFen", 30000, "categories", List.of("MEAL")),
                                Map.of("id", "D1", "conditions", List.of(
                                        Map.of("fact", "disabilityGrade", "op", "LE", "value", 2),
                                        Map.of("fact", "disabilityCategory", "op", "IN",
                                                "value", List.of("VISUAL", "PHYSICAL"))),
                                        "monthlyAmountFen", 50000, "categories", List.of("MEAL", "HOUSEKEEPING")))))
                .post("/api/v1/policies").then().statusCode(201)
                .body("versions[0].scope.townshipCodes", contains("360102001")).extract().path("id");
        // the run the new version queued: the elders below are decided on registration
        worker.drain();

        UUID severe = register(withCertificate(inTownship(today.minusYears(66), "360102", "360102001"), "PHYSICAL", 2));
        UUID hearing = register(withCertificate(inTownship(today.minusYears(66), "360102", "360102001"), "HEARING", 3));
        UUID nextStreet = register(withCertificate(inTownship(today.minusYears(66), "360102", "360102002"),
                "PHYSICAL", 1));

        Elders.eligibility(severe).then().statusCode(200).body("eligible", equalTo(true))
                .body("policyId", equalTo(policyId)).body("monthlyAmountFen", equalTo(50000))
                .body("matchedRules", contains("T1", "D1"))
                .body("facts.townshipCode", equalTo("360102001")).body("facts.disabilityGrade", equalTo(2));
        Elders.eligibility(hearing).then().statusCode(200).body("eligible", equalTo(true))
                .body("monthlyAmountFen", equalTo(30000)).body("matchedRules", contains("T1"))
                .body("explanation.find { it.ruleId == 'D1' }.reasons",
                        contains("disability grade 3 > 2", "disability category HEARING not in [VISUAL, PHYSICAL]"));
        Elders.eligibility(nextStreet).then().statusCode(200).body("eligible", equalTo(false))
                .body("reason", equalTo("MOVED_OUT_OF_SCOPE"))
                .body("explanation.find { it.ruleId == 'T1' }.reasons",
                        contains("districtCode 360102 and township 360102002 not in scope [360102001]"))
                .body("explanation.find { it.ruleId == 'R1' }.reasons",
                        contains("districtCode 360102 not in scope [3401xx]"));
    }

    @Test
    void a_scope_with_a_township_code_of_the_wrong_shape_is_400_naming_it() {
        given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON)
                .body(Map.of("code", "BAD-TOWNSHIP-SCOPE", "name", "x", "validFrom", "2030-01-01",
                        "scope", Map.of("townshipCodes", List.of("36010200")),
                        "rules", List.of(Map.of("id", "T1", "conditions",
                                List.of(Map.of("fact", "townshipCode", "op", "STARTS_WITH", "value", List.of("3601"))),
                                "monthlyAmountFen", 100, "categories", List.of("MEAL")))))
                .post("/api/v1/policies").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("scope.townshipCodes[0]"));
    }

    private static Map<String, Object> inTownship(LocalDate birthDate, String district, String township) {
        Map<String, Object> body = Elders.registration(birthDate, district, "WITH_FAMILY", "NONE");
        body.put("townshipCode", township);
        return body;
    }

    private static Map<String, Object> withCertificate(Map<String, Object> body, String category, int grade) {
        char digit = (char) ('1' + List.of("VISUAL", "HEARING", "SPEECH", "PHYSICAL", "INTELLECTUAL", "MENTAL",
                "MULTIPLE").indexOf(category));
        body.put("disabilityCertificate", Map.of("category", category, "grade", grade,
                "number", body.get("idNumber") + String.valueOf(digit) + grade));
        return body;
    }

    private static UUID register(Map<String, Object> body) {
        return UUID.fromString(Elders.post(body).then().statusCode(201).extract().path("id"));
    }

    private long countElders() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from elder").getSingleResult()).longValue());
    }

    private long countFacts(UUID elder) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from elder_fact where elder_id = ?1").setParameter(1, elder)
                .getSingleResult()).longValue());
    }
}
