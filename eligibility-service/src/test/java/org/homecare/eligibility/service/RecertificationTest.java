package org.homecare.eligibility.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

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
import org.homecare.eligibility.repository.ElderRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The worker's schedule is off in tests: each test drives batches itself, as the background worker would. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class RecertificationTest {

    private static final String RUNS = "/api/v1/recertifications";

    @Inject
    RecertificationService recertification;

    @Inject
    RecertificationWorker worker;

    @Inject
    ElderRepository elders;

    @Inject
    EntityManager entityManager;

    @Inject
    BusinessClock clock;

    @BeforeEach
    void finishRunsQueuedByOtherTests() {
        worker.drain();
    }

    @Test
    void an_interrupted_run_resumes_after_its_last_committed_batch_and_evaluates_every_elder_once() {
        LocalDate asOf = clock.today().plusDays(400);
        // one elder whose outcome changes by asOf (turns 70 on a DIBAO allowance), the rest to fill batches
        UUID turning70 = Elders.register(asOf.minusYears(70), "340102", "WITH_FAMILY", "DIBAO");
        for (int i = 0; i < 15; i++) {
            Elders.register(LocalDate.of(1940 + i, 1 + i % 12, 1 + i), "340103", "WITH_FAMILY", "NONE");
        }
        long everyone = QuarkusTransaction.requiringNew().call(() -> elders.count());
        String admin = Tokens.forUser("city-admin");

        String runId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("asOf", asOf.toString()))
                .post(RUNS).then().statusCode(202).body("status", equalTo("QUEUED")).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("asOf", asOf.toString())).post(RUNS)
                .then().statusCode(409).body("code", equalTo("RECERTIFICATION_IN_PROGRESS"));

        assertThat(recertification.processNextBatch()).isTrue();
        assertThat(recertification.processNextBatch()).isTrue();
        given().auth().oauth2(Tokens.forUser("auditor")).get(RUNS + "/" + runId).then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("batches", equalTo(2)).body("evaluated", equalTo(14));
        long changedSoFar = changedOutcomes(runId);
        assertThat(batchesOfRun(runId)).containsExactly(2L, 14L);
        assertThat(decisionsOfRun(runId)).containsExactly(changedSoFar, changedSoFar);

        // the process dies after evaluating the third batch but before its transaction commits
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            recertification.processNextBatch();
            throw new IllegalStateException("crash before commit");
        })).hasMessageContaining("crash");
        given().auth().oauth2(admin).get(RUNS + "/" + runId).then()
                .body("batches", equalTo(2)).body("evaluated", equalTo(14));
        assertThat(batchesOfRun(runId)).containsExactly(2L, 14L);
        assertThat(decisionsOfRun(runId)).containsExactly(changedSoFar, changedSoFar);

        // a restarted worker has nothing in memory: it continues from the persisted position
        worker.drain();

        given().auth().oauth2(admin).get(RUNS + "/" + runId).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("evaluated", equalTo((int) everyone));
        Map<String, Object> run = given().auth().oauth2(admin).get(RUNS + "/" + runId).then().extract().path("");
        long counted = ((Number) run.get("granted")).longValue() + ((Number) run.get("changed")).longValue()
                + ((Number) run.get("revoked")).longValue() + ((Number) run.get("unchanged")).longValue();
        assertThat(counted).isEqualTo(everyone);
        assertThat(((Number) run.get("granted")).longValue()).isGreaterThanOrEqualTo(1);
        // a decision row for each changed outcome, exactly once; the unchanged ones are covered by batch records
        long changedOutcomes = changedOutcomes(runId);
        assertThat(decisionsOfRun(runId)).containsExactly(changedOutcomes, changedOutcomes);
        assertThat(batchesOfRun(runId).get(1)).isEqualTo(everyone);
        assertThat(eldersOutsideEveryBatch(runId)).isZero();
        Elders.eligibility(turning70).then().body("eligible", equalTo(true)).body("runId", equalTo(runId))
                .body("asOf", equalTo(asOf.toString()));
    }

    @Test
    void only_a_city_admin_starts_a_run_with_a_valid_date() {
        for (String user : List.of("caseworker", "auditor", "provider-b")) {
            given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON)
                    .body(Map.of("asOf", clock.today().toString())).post(RUNS).then().statusCode(403);
        }
        String admin = Tokens.forUser("city-admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of()).post(RUNS).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("asOf"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("asOf", "yesterday")).post(RUNS)
                .then().statusCode(400);
        given().auth().oauth2(admin).get(RUNS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void a_policy_version_taking_effect_now_reevaluates_every_elder() {
        UUID urumqi = Elders.register(clock.today().minusYears(66), "650102", "WITH_FAMILY", "NONE");
        Elders.eligibility(urumqi).then().body("eligible", equalTo(false)).body("reason", equalTo("MOVED_OUT_OF_SCOPE"));

        String policyId = given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON)
                .body(Map.of("code", "URUMQI-TIANSHAN", "name", "Tianshan district pilot",
                        "validFrom", clock.today().minusDays(1).toString(),
                        "scope", Map.of("districtCodes", List.of("650102")),
                        "rules", List.of(Map.of("id", "U1", "conditions",
                                List.of(Map.of("fact", "age", "op", "GE", "value", 65)),
                                "monthlyAmountFen", 30000, "categories", List.of("MEAL", "HOUSEKEEPING")))))
                .post("/api/v1/policies").then().statusCode(201).extract().path("id");

        assertThat(worker.drain()).isGreaterThanOrEqualTo(1);

        Elders.eligibility(urumqi).then().body("eligible", equalTo(true))
                .body("monthlyAmountFen", equalTo(30000))
                .body("categories", org.hamcrest.Matchers.contains("HOUSEKEEPING", "MEAL"))
                .body("policyId", equalTo(policyId)).body("policyVersion", equalTo(1))
                .body("trigger", equalTo("RECERTIFICATION"));
    }

    private long changedOutcomes(String runId) {
        Map<String, Object> run = given().auth().oauth2(Tokens.forUser("auditor")).get(RUNS + "/" + runId).then()
                .statusCode(200).extract().path("");
        return ((Number) run.get("granted")).longValue() + ((Number) run.get("changed")).longValue()
                + ((Number) run.get("revoked")).longValue();
    }

    /** @return the number of batch records of the run and the elders they say were evaluated */
    private List<Long> batchesOfRun(String runId) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select count(*), coalesce(sum(evaluated), 0) from recertification_batch where run_id = ?1")
                .setParameter(1, UUID.fromString(runId)).getSingleResult());
        return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private long eldersOutsideEveryBatch(String runId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select count(*) from elder e where not exists (select 1 from recertification_batch b
                    where b.run_id = ?1 and e.id between b.first_elder_id and b.last_elder_id)""")
                .setParameter(1, UUID.fromString(runId)).getSingleResult()).longValue());
    }

    private List<Long> decisionsOfRun(String runId) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select count(*), count(distinct elder_id) from eligibility_decision where run_id = ?1")
                .setParameter(1, UUID.fromString(runId)).getSingleResult());
        return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
