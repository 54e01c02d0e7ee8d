package org.homecare.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.EligibilityEvents.EligibilityChanged;
import org.homecare.contracts.events.EligibilityEvents.EligibilityGranted;
import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.eligibility.EligibilityTopic;
import org.homecare.eligibility.Elders;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class EligibilityDecisionTest {

    private static final UUID HEFEI = UUID.fromString("b6f7c3a0-3401-4c6e-9a51-2013a0000001");

    @Inject
    BusinessClock clock;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void a_dibao_elder_is_eligible_from_the_70th_birthday_and_not_the_day_before() {
        LocalDate today = clock.today();
        UUID seventyToday = Elders.register(today.minusYears(70), "340102", "WITH_FAMILY", "DIBAO");
        UUID seventyTomorrow = Elders.register(today.plusDays(1).minusYears(70), "340102", "WITH_FAMILY", "DIBAO");

        Elders.eligibility(seventyToday).then().statusCode(200)
                .body("eligible", equalTo(true))
                .body("monthlyAmountFen", equalTo(60000))
                .body("categories", contains("REHAB", "HOUSEKEEPING", "MEAL"))
                .body("policyId", equalTo(HEFEI.toString()))
                .body("policyVersion", equalTo(2))
                .body("matchedRules", contains("R1"));
        Elders.eligibility(seventyTomorrow).then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("reason", equalTo("NO_RULE_MATCHES"))
                .body("explanation.find { it.ruleId == 'R1' }.reasons", contains("age 69 < 70"));
    }

    @Test
    void a_denied_elder_is_told_every_failing_condition() {
        UUID elder = Elders.register(clock.today().minusYears(68).minusDays(3), "340103", "WITH_FAMILY", "NONE");

        given().auth().oauth2(Tokens.forUser("auditor")).get("/api/v1/elders/" + elder + "/eligibility").then()
                .statusCode(200)
                .body("eligible", equalTo(false))
                .body("monthlyAmountFen", equalTo(0))
                .body("explanation.ruleId", contains("R1", "R2", "R3", "R4"))
                .body("explanation.find { it.ruleId == 'R1' }.reasons",
                        contains("age 68 < 70", "incomeStatus NONE not in [DIBAO]"))
                .body("explanation.find { it.ruleId == 'R2' }.reasons",
                        contains("age 68 < 70", "livingArrangement WITH_FAMILY not in [CHILDLESS, LOST_ONLY_CHILD]"))
                .body("explanation.find { it.ruleId == 'R3' }.reasons", contains("age 68 < 90"))
                .body("explanation.find { it.ruleId == 'R4' }.reasons",
                        contains("incomeStatus NONE not in [DIBAO, TEKUN, LOW_INCOME, ECONOMIC_HARDSHIP]",
                                "abilityLevel not assessed < 1"))
                .body("facts.age", equalTo(68));
    }

    @Test
    void an_assessment_makes_a_disabled_low_income_elder_of_60_eligible() {
        UUID elder = Elders.register(clock.today().minusYears(63), "340111", "WITH_FAMILY", "LOW_INCOME");
        Elders.eligibility(elder).then().body("eligible", equalTo(false));

        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(Map.of("level", 3, "assessedOn", clock.today().toString(), "assessor", "Dr. Li"))
                .post("/api/v1/elders/" + elder + "/assessments").then().statusCode(201).body("level", equalTo(3));

        Elders.eligibility(elder).then().body("eligible", equalTo(true)).body("matchedRules", contains("R4"))
                .body("trigger", equalTo("ASSESSMENT_RECORDED"));
    }

    @Test
    void grant_change_and_revoke_are_published_once_each_and_an_unchanged_outcome_publishes_nothing() {
        LocalDate today = clock.today();
        UUID elder = Elders.register(today.minusYears(75), "340102", "ALONE", "DIBAO");
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "districtCode", "340104")).then()
                .statusCode(200);
        // neither changes the outcome: a decision is stored, nothing is published
        Elders.patchFacts(elder, Map.of("effectiveFrom", today.toString(), "street", "340104002")).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(Map.of("level", 2, "assessedOn", today.toString(), "assessor", "Dr. Li"))
                .post("/api/v1/elders/" + elder + "/assessments").then().statusCode(201);
        given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON)
                .body(Map.of("dateOfDeath", today.minusDays(1).toString()))
                .post("/api/v1/elders/" + elder + "/death").then().statusCode(200);

        UUID movedAway = Elders.register(today.minusYears(91), "340102", "WITH_FAMILY", "NONE");
        Elders.patchFacts(movedAway, Map.of("effectiveFrom", today.toString(), "districtCode", "320102")).then()
                .statusCode(200);
        UUID allowanceEnded = Elders.register(today.minusYears(72), "340103", "WITH_FAMILY", "DIBAO");
        Elders.patchFacts(allowanceEnded, Map.of("effectiveFrom", today.toString(), "incomeStatus", "NONE")).then()
                .statusCode(200);

        List<EventEnvelope> events = EligibilityTopic.eventsOf(bootstrapServers, Set.of(elder, movedAway,
                allowanceEnded), Duration.ofSeconds(15));

        List<EventEnvelope> ofElder = events.stream().filter(e -> e.subject().equals(elder.toString())).toList();
        assertThat(ofElder).extracting(EventEnvelope::type)
                .containsExactly("EligibilityGranted", "EligibilityChanged", "EligibilityRevoked");
        EligibilityGranted granted = EventCodec.data(ofElder.get(0), EligibilityGranted.class);
        assertThat(granted).isEqualTo(new EligibilityGranted(elder, "340102", 60_000,
                List.of("REHAB", "HOUSEKEEPING", "MEAL"), today, HEFEI, 2, "张*", null, "13812345678"));
        EligibilityChanged changed = EventCodec.data(ofElder.get(1), EligibilityChanged.class);
        assertThat(changed.districtCode()).isEqualTo("340104");
        assertThat(changed.effectiveFrom()).isEqualTo(today);
        EligibilityRevoked revoked = EventCodec.data(ofElder.get(2), EligibilityRevoked.class);
        assertThat(revoked).isEqualTo(new EligibilityRevoked(elder, "340104", "DECEASED", today.minusDays(1), HEFEI,
                2));
        // the name travels masked to the surname (张桂兰 → 张*): never the given name; the phone travels for the
        // visit codes voucher-service sends, in grants and changes only
        assertThat(ofElder).allSatisfy(e -> assertThat(e.data().toString()).doesNotContain("idNumber", "name",
                "桂兰"));
        assertThat(changed.contactPhone()).isEqualTo("13812345678");
        assertThat(ofElder.get(2).data().toString()).doesNotContain("13812345678");

        assertThat(events.stream().filter(e -> e.subject().equals(movedAway.toString())).map(EventEnvelope::type))
                .containsExactly("EligibilityGranted", "EligibilityRevoked");
        assertThat(reasonOfRevocation(events, movedAway)).isEqualTo("MOVED_OUT_OF_SCOPE");
        assertThat(reasonOfRevocation(events, allowanceEnded)).isEqualTo("NO_RULE_MATCHES");

        given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/elders/" + elder + "/decisions").then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("items.outcomeChange", contains("REVOKED", "UNCHANGED", "UNCHANGED", "CHANGED", "GRANTED"))
                .body("items.trigger", hasItem("DEATH_RECORDED"));
    }

    private static String reasonOfRevocation(List<EventEnvelope> events, UUID elder) {
        return events.stream().filter(e -> e.subject().equals(elder.toString()))
                .filter(e -> e.type().equals("EligibilityRevoked"))
                .map(e -> EventCodec.data(e, EligibilityRevoked.class).reason()).findFirst().orElseThrow();
    }
}
