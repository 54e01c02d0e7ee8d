package org.homecare.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.eligibility.Elders;
import org.homecare.eligibility.IdNumbers;
import org.homecare.eligibility.repository.ElderRepository;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ElderRegistryTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    BusinessClock clock;

    @Inject
    ElderRepository elders;

    @Inject
    EntityManager entityManager;

    @Test
    void caseworker_registers_an_elder_with_birth_date_and_sex_from_the_identity_number() {
        LocalDate birth = LocalDate.of(1950, 3, 14);
        Map<String, Object> body = Elders.registration(birth, "340104", "ALONE", "NONE");

        String id = Elders.post(body).then().statusCode(201)
                .body("birthDate", equalTo("1950-03-14"))
                .body("idNumber", equalTo(body.get("idNumber")))
                .body("districtCode", equalTo("340104"))
                .body("livingArrangement", equalTo("ALONE"))
                .extract().path("id");

        String idNumber = (String) body.get("idNumber");
        String expectedSex = (idNumber.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE";
        given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/elders/" + id).then().statusCode(200)
                .body("sex", equalTo(expectedSex)).body("phone", equalTo("13812345678"))
                .body("personalDataMasked", equalTo(false)).body("registeredBy", equalTo("caseworker"));
    }

    @Test
    void invalid_identity_numbers_are_400_naming_idNumber_and_register_nothing() {
        String valid = IdNumbers.bornOn(LocalDate.of(1948, 5, 1));
        char wrongCheck = valid.charAt(17) == '1' ? '2' : '1';
        String future = futureNumber();
        List<String> invalid = List.of(valid.substring(0, 17) + wrongCheck, valid.substring(0, 17),
                "34010219480501A01X", withCheck("34010219480230001"), withCheck("00000019480501001"), future, "");
        long before = countElders();

        for (String number : invalid) {
            Map<String, Object> body = Elders.registration(LocalDate.of(1948, 5, 1), "340102", "ALONE", "NONE");
            body.put("idNumber", number);
            Elders.post(body).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("idNumber"));
        }

        assertThat(countElders()).isEqualTo(before);
    }

    @Test
    void a_second_elder_with_the_same_identity_number_is_409() {
        Map<String, Object> body = Elders.registration(LocalDate.of(1949, 7, 7), "340102", "ALONE", "NONE");
        Elders.post(body).then().statusCode(201);

        Elders.post(body).then().statusCode(409).contentType(PROBLEM).body("code", equalTo("ELDER_ALREADY_REGISTERED"));
    }

    @Test
    void careless_input_is_400_naming_each_field() {
        Map<String, Object> body = Elders.registration(LocalDate.of(1950, 1, 1), "3401", "ALONE", "NONE");
        body.put("phone", "12345");
        body.remove("name");
        Elders.post(body).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("districtCode", "name", "phone"));

        Map<String, Object> unknownCode = Elders.registration(LocalDate.of(1950, 1, 1), "340102", "ALONE", "RICH");
        Elders.post(unknownCode).then().statusCode(400).body("errors.field", contains("incomeStatus"));

        Map<String, Object> wrongType = Elders.registration(LocalDate.of(1950, 1, 1), "340102", "ALONE", "NONE");
        wrongType.put("localHukou", "perhaps");
        Elders.post(wrongType).then().statusCode(400).body("errors.field", contains("localHukou"));

        UUID elder = Elders.register(LocalDate.of(1950, 1, 1), "340102", "ALONE", "NONE");
        Elders.patchFacts(elder, Map.of("incomeStatus", "DIBAO")).then().statusCode(400)
                .body("errors.field", contains("effectiveFrom"));
        Elders.patchFacts(elder, Map.of("effectiveFrom", clock.today().toString())).then().statusCode(400)
                .body("errors.field", contains("facts"));
        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(Map.of("level", 5, "assessedOn", clock.today().toString(), "assessor", "Dr. Wang"))
                .post("/api/v1/elders/" + elder + "/assessments").then().statusCode(400)
                .body("errors.field", contains("level"));
        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(Map.of("dateOfDeath", clock.today().plusDays(3).toString()))
                .post("/api/v1/elders/" + elder + "/death").then().statusCode(400)
                .body("errors.field", contains("dateOfDeath"));
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders/" + UUID.randomUUID()).then()
                .statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.forUser("caseworker")).queryParam("on", "yesterday")
                .get("/api/v1/elders/" + elder).then().statusCode(400).body("errors.field", contains("on"));
        given().auth().oauth2(Tokens.forUser("caseworker")).queryParam("size", "ten")
                .get("/api/v1/elders/" + elder + "/decisions").then().statusCode(400)
                .body("errors.field", contains("size"));
    }

    @Test
    void auditor_reads_masked_identity_number_and_phone_and_may_not_write() {
        Map<String, Object> body = Elders.registration(LocalDate.of(1946, 2, 2), "340103", "CHILDLESS", "NONE");
        String id = Elders.post(body).then().statusCode(201).extract().path("id");
        String auditor = Tokens.forUser("auditor");

        given().auth().oauth2(auditor).get("/api/v1/elders/" + id).then().statusCode(200)
                .body("idNumber", equalTo(ResidentIdNumber.mask((String) body.get("idNumber"))))
                .body("phone", equalTo("138****5678"))
                .body("personalDataMasked", equalTo(true));
        given().auth().oauth2(auditor).get("/api/v1/elders/" + id + "/eligibility").then().statusCode(200);
        given().auth().oauth2(auditor).contentType(ContentType.JSON)
                .body(Elders.registration(LocalDate.of(1946, 2, 2), "340103", "ALONE", "NONE"))
                .post("/api/v1/elders").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(auditor).contentType(ContentType.JSON)
                .body(Map.of("effectiveFrom", clock.today().toString(), "incomeStatus", "DIBAO"))
                .patch("/api/v1/elders/" + id + "/facts").then().statusCode(403);
        given().auth().oauth2(auditor).contentType(ContentType.JSON)
                .body(Map.of("dateOfDeath", clock.today().toString()))
                .post("/api/v1/elders/" + id + "/death").then().statusCode(403);
    }

    @Test
    void providers_get_403_on_every_eligibility_endpoint() {
        UUID elder = Elders.register(LocalDate.of(1944, 4, 4), "340102", "ALONE", "NONE");
        String today = clock.today().toString();
        for (String user : List.of("provider-a", "provider-b")) {
            String token = Tokens.forUser(user);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Elders.registration(LocalDate.of(1944, 4, 4), "340102", "ALONE", "NONE"))
                    .post("/api/v1/elders").then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(token).get("/api/v1/elders/" + elder).then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/elders/" + elder + "/history").then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/elders/" + elder + "/eligibility").then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/elders/" + elder + "/decisions").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("effectiveFrom", today, "incomeStatus", "DIBAO"))
                    .patch("/api/v1/elders/" + elder + "/facts").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("level", 2, "assessedOn", today, "assessor", "x"))
                    .post("/api/v1/elders/" + elder + "/assessments").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("dateOfDeath", today))
                    .post("/api/v1/elders/" + elder + "/death").then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/policies").then().statusCode(403);
            given().auth().oauth2(token).get("/api/v1/recertifications/" + UUID.randomUUID()).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("asOf", today))
                    .post("/api/v1/recertifications").then().statusCode(403);
        }
        Elders.eligibility(elder).then().statusCode(200).body("eligible", equalTo(false));
    }

    @Test
    void fact_history_reconstructs_the_state_on_a_past_date() {
        LocalDate today = clock.today();
        UUID elder = Elders.register(LocalDate.of(1960, 6, 1), "340102", "WITH_FAMILY", "NONE");

        Elders.patchFacts(elder, Map.of("effectiveFrom", today.minusDays(30).toString(), "incomeStatus", "LOW_INCOME"))
                .then().statusCode(200).body("incomeStatus", equalTo("NONE"));
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "districtCode", "340111")).then()
                .statusCode(200).body("districtCode", equalTo("340111"));
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.plusDays(10).toString(), "incomeStatus", "DIBAO"))
                .then().statusCode(200).body("incomeStatus", equalTo("NONE"));

        String caseworker = Tokens.forUser("caseworker");
        given().auth().oauth2(caseworker).queryParam("on", today.minusDays(20).toString())
                .get("/api/v1/elders/" + elder).then().statusCode(200)
                .body("incomeStatus", equalTo("LOW_INCOME"));
        given().auth().oauth2(caseworker).queryParam("on", today.minusDays(1).toString())
                .get("/api/v1/elders/" + elder).then().statusCode(200)
                .body("districtCode", equalTo(null));
        given().auth().oauth2(caseworker).queryParam("on", today.plusDays(10).toString())
                .get("/api/v1/elders/" + elder).then().statusCode(200)
                .body("incomeStatus", equalTo("DIBAO")).body("districtCode", equalTo("340111"));
        given().auth().oauth2(caseworker).get("/api/v1/elders/" + elder + "/history").then().statusCode(200)
                .body("facts.size()", equalTo(8))
                .body("facts.recordedBy", org.hamcrest.Matchers.everyItem(equalTo("caseworker")));
    }

    @Test
    void every_write_leaves_an_audit_record_without_identity_number_or_phone() {
        Map<String, Object> body = Elders.registration(LocalDate.of(1952, 8, 8), "340102", "ALONE", "DIBAO");
        String id = Elders.post(body).then().statusCode(201).extract().path("id");
        UUID elder = UUID.fromString(id);
        Elders.patchFacts(elder, Map.of("effectiveFrom", clock.today().toString(), "livingArrangement", "CHILDLESS"))
                .then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(Map.of("level", 1, "assessedOn", clock.today().toString(), "assessor", "Dr. Wang"))
                .post("/api/v1/elders/" + id + "/assessments").then().statusCode(201);
        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(Map.of("dateOfDeath", clock.today().toString()))
                .post("/api/v1/elders/" + id + "/death").then().statusCode(200);
        Elders.patchFacts(elder, Map.of("effectiveFrom", clock.today().toString(), "incomeStatus", "NONE"))
                .then().statusCode(409).body("code", equalTo("ELDER_DECEASED"));

        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select actor, action, coalesce(before_state, ''), coalesce(after_state, '') from audit_record"
                        + " where object_id = ?1 order by at, action")
                .setParameter(1, id).getResultList());

        assertThat(rows).extracting(r -> (String) r[1]).contains("ELDER_REGISTERED", "FACTS_CHANGED",
                "ASSESSMENT_RECORDED", "DEATH_RECORDED", "ELIGIBILITY_REVOKED");
        assertThat(rows).extracting(r -> (String) r[0]).containsOnly("caseworker");
        assertThat(rows).allSatisfy(r -> {
            assertThat((String) r[2] + r[3]).doesNotContain((String) body.get("idNumber")).doesNotContain("13812345678");
        });
        assertThat(rows).anySatisfy(r -> assertThat((String) r[3]).contains(
                ResidentIdNumber.mask((String) body.get("idNumber"))));
    }

    private long countElders() {
        return QuarkusTransaction.requiringNew().call(() -> elders.count());
    }

    private String futureNumber() {
        return withCheck("340102" + clock.today().plusDays(2).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + "001");
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
