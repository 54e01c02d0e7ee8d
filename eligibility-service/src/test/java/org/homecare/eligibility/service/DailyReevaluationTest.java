package org.homecare.eligibility.service;

import static org.assertj.core.api.Assertions.assertThat;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.eligibility.Elders;
import org.homecare.eligibility.domain.StoredDecision;
import org.homecare.eligibility.repository.RecertificationRunRepository;
import org.homecare.eligibility.repository.StoredDecisionRepository;
import org.homecare.deploy.test.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class DailyReevaluationTest {

    @Inject
    DailyReevaluation daily;

    @Inject
    StoredDecisionRepository decisions;

    @Inject
    BusinessClock clock;

    @Inject
    RecertificationRunRepository runs;

    @Inject
    RecertificationWorker worker;

    @Test
    void the_daily_job_grants_an_elder_on_the_70th_birthday_and_leaves_everyone_else_alone() {
        LocalDate day = clock.today().plusDays(40);
        UUID turning70 = Elders.register(day.minusYears(70), "340102", "WITH_FAMILY", "DIBAO");
        UUID turning70Tomorrow = Elders.register(day.plusDays(1).minusYears(70), "340102", "WITH_FAMILY", "DIBAO");
        UUID turning75 = Elders.register(day.minusYears(75), "340102", "WITH_FAMILY", "DIBAO");
        assertThat(current(turning70).eligible()).isFalse();

        DailyReevaluation.DayResult result = daily.run(day);

        StoredDecision decision = current(turning70);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.asOf()).isEqualTo(day);
        assertThat(decision.effectiveFrom()).isEqualTo(day);
        assertThat(decision.trigger()).isEqualTo("DAILY");
        assertThat(decision.outcomeChange()).isEqualTo("GRANTED");
        assertThat(count(turning70Tomorrow)).as("not crossing a threshold on that day").isEqualTo(1);
        assertThat(count(turning75)).as("75 is no threshold of any rule").isEqualTo(1);
        assertThat(result.elders()).isGreaterThanOrEqualTo(1);

        assertThat(daily.run(day).alreadyDone()).isTrue();
        assertThat(count(turning70)).as("a day is done once").isEqualTo(2);
    }

    @Test
    void an_auditor_sees_a_birthday_decision_dated_by_its_month_only() {
        LocalDate day = clock.today().plusDays(45);
        if (day.getDayOfMonth() == 1) {
            day = day.plusDays(1); // a birthday on the 1st would look the same reduced
        }
        UUID elder = Elders.register(day.minusYears(70), "340102", "WITH_FAMILY", "DIBAO");
        daily.run(day);
        assertThat(current(elder).trigger()).isEqualTo("DAILY");
        String path = "/api/v1/elders/" + elder + "/eligibility";

        var auditor = given().auth().oauth2(Tokens.forUser("auditor")).get(path).then().statusCode(200).extract()
                .jsonPath();
        assertThat(auditor.getString("asOf")).isEqualTo(day.withDayOfMonth(1).toString());
        assertThat(auditor.getString("effectiveFrom")).isEqualTo(day.withDayOfMonth(1).toString());
        assertThat(auditor.getString("decidedAt")).isNull();
        var caseworker = given().auth().oauth2(Tokens.forUser("caseworker")).get(path).then().statusCode(200)
                .extract().jsonPath();
        assertThat(caseworker.getString("asOf")).isEqualTo(day.toString());
        assertThat(caseworker.getString("decidedAt")).isNotNull();
    }

    @Test
    void a_policy_version_starting_on_a_day_queues_a_recertification_as_of_that_day() {
        LocalDate day = clock.today().plusDays(57);
        given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON)
                .body(Map.of("code", "LUYANG-WINTER", "name", "Luyang winter meal help",
                        "validFrom", day.toString(), "validTo", day.plusMonths(3).toString(),
                        "scope", Map.of("districtCodes", List.of("340103")),
                        "rules", List.of(Map.of("id", "W1", "conditions",
                                List.of(Map.of("fact", "age", "op", "GE", "value", 80)),
                                "monthlyAmountFen", 20000, "categories", List.of("MEAL")))))
                .post("/api/v1/policies").then().statusCode(201);
        assertThat(QuarkusTransaction.requiringNew().call(() -> runs.queuedAsOf(day))).isFalse();

        DailyReevaluation.DayResult result = daily.run(day);

        assertThat(result.recertificationQueued()).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> runs.queuedAsOf(day))).isTrue();
        worker.drain();
        assertThat(QuarkusTransaction.requiringNew().call(() -> runs.queuedAsOf(day))).isFalse();
    }

    private StoredDecision current(UUID elder) {
        return QuarkusTransaction.requiringNew().call(() -> decisions.currentOf(elder).orElseThrow());
    }

    private long count(UUID elder) {
        return QuarkusTransaction.requiringNew().call(() -> decisions.countOf(elder));
    }
}
