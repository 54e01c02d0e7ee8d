package org.homecare.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.eligibility.Elders;
import org.homecare.eligibility.EligibilityTopic;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The masked identity number hides exactly the birth date (positions 7-14), so a role that sees the number masked
 * (auditor) sees the birth year and ages only, in every elder view, history and decision; caseworkers and city-admins,
 * who see the number, see the birth date too.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class BirthDatePrivacyTest {

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void auditor_sees_birth_year_not_birth_date() {
        LocalDate birth = clock.today().minusYears(93).minusDays(40);
        Map<String, Object> registration = Elders.registration(birth, "340103", "ALONE", "NONE");
        UUID elder = UUID.fromString(Elders.post(registration).then().statusCode(201).extract().path("id"));
        Elders.patchFacts(elder, Map.of("effectiveFrom", clock.today().toString(), "incomeStatus", "DIBAO")).then()
                .statusCode(200);
        String auditor = Tokens.forUser("auditor");

        given().auth().oauth2(auditor).get("/api/v1/elders/" + elder).then().statusCode(200)
                .body("idNumber", equalTo(ResidentIdNumber.mask((String) registration.get("idNumber"))))
                .body("personalDataMasked", equalTo(true))
                .body("birthDate", nullValue())
                .body("birthYear", equalTo(birth.getYear()));

        for (String path : List.of("", "?on=" + clock.today().minusDays(1), "/history", "/eligibility",
                "/decisions")) {
            String body = given().auth().oauth2(auditor).get("/api/v1/elders/" + elder + path).then()
                    .statusCode(200).extract().asString();
            assertThat(body).as(path).doesNotContain(birth.toString())
                    .doesNotContain(birth.format(DateTimeFormatter.BASIC_ISO_DATE));
        }
    }

    @Test
    void caseworker_and_city_admin_see_the_birth_date_with_the_full_number() {
        LocalDate birth = clock.today().minusYears(81).minusDays(17);
        Map<String, Object> registration = Elders.registration(birth, "340104", "ALONE", "NONE");
        UUID elder = UUID.fromString(Elders.post(registration).then().statusCode(201)
                .body("birthDate", equalTo(birth.toString())).extract().path("id"));

        for (String user : List.of("caseworker", "city-admin")) {
            given().auth().oauth2(Tokens.forUser(user)).get("/api/v1/elders/" + elder).then().statusCode(200)
                    .body("idNumber", equalTo(registration.get("idNumber")))
                    .body("personalDataMasked", equalTo(false))
                    .body("birthDate", equalTo(birth.toString()))
                    .body("birthYear", equalTo(birth.getYear()));
        }
    }

    @Test
    void decision_explanations_give_ages_not_birth_dates_to_every_role() {
        LocalDate birth = clock.today().minusYears(72).minusDays(100);
        UUID elder = Elders.register(birth, "340102", "WITH_FAMILY", "NONE");

        for (String user : List.of("caseworker", "city-admin", "auditor")) {
            JsonPath decision = given().auth().oauth2(Tokens.forUser(user))
                    .get("/api/v1/elders/" + elder + "/eligibility").then().statusCode(200).extract().jsonPath();
            assertThat(decision.getInt("facts.age")).as(user).isEqualTo(72);
            assertThat(decision.getMap("facts")).as(user).doesNotContainKey("birthDate");
            List<String> reasons = decision.getList("explanation.reasons.flatten()", String.class);
            assertThat(reasons).as(user).contains("age 72 < 90")
                    .noneMatch(reason -> reason.contains(birth.toString()) || reason.contains(
                            String.valueOf(birth.getYear())));
        }
    }

    @Test
    void audit_records_keep_the_birth_year_not_the_birth_date() {
        LocalDate birth = clock.today().minusYears(77).minusDays(3);
        UUID elder = Elders.register(birth, "340111", "CHILDLESS", "NONE");
        Elders.patchFacts(elder, Map.of("effectiveFrom", clock.today().toString(), "incomeStatus", "DIBAO")).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(Map.of("dateOfDeath", clock.today().toString()))
                .post("/api/v1/elders/" + elder + "/death").then().statusCode(200);

        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select action, coalesce(before_state, '') || coalesce(after_state, '') from audit_record"
                        + " where object_id = ?1")
                .setParameter(1, elder.toString()).getResultList());

        assertThat(rows).extracting(r -> (String) r[0]).contains("ELDER_REGISTERED", "FACTS_CHANGED",
                "DEATH_RECORDED");
        assertThat(rows).allSatisfy(r -> assertThat((String) r[1]).as((String) r[0])
                .doesNotContain(birth.toString())
                .doesNotContain(birth.format(DateTimeFormatter.BASIC_ISO_DATE))
                .doesNotContain("birthDate"));
        assertThat(rows).filteredOn(r -> List.of("ELDER_REGISTERED", "DEATH_RECORDED").contains(r[0])).hasSize(2)
                .allSatisfy(r -> assertThat((String) r[1]).contains("\"birthYear\":" + birth.getYear()));
    }

    @Test
    void eligibility_events_carry_no_birth_date() {
        LocalDate birth = clock.today().minusYears(91).minusDays(55);
        UUID elder = Elders.register(birth, "340102", "WITH_FAMILY", "NONE");

        List<EventEnvelope> events = EligibilityTopic.eventsOf(bootstrapServers, Set.of(elder),
                Duration.ofSeconds(10));

        assertThat(events).extracting(EventEnvelope::type).contains("EligibilityGranted");
        assertThat(events).allSatisfy(event -> assertThat(EventCodec.encode(event))
                .doesNotContain(birth.toString())
                .doesNotContain(birth.format(DateTimeFormatter.BASIC_ISO_DATE))
                .doesNotContain("birth"));
    }
}
