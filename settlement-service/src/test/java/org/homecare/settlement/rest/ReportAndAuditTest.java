package org.homecare.settlement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.homecare.settlement.TestEvents.accepted;
import static org.homecare.settlement.TestEvents.awaitApplied;
import static org.homecare.settlement.TestEvents.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.events.EligibilityEvents.EligibilityRevoked;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.ProviderEvents.CaregiverRegistered;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.settlement.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ReportAndAuditTest {

    private static final String PERIOD = "2025-02";
    private static final List<ServiceLogAccepted> LOGS = new ArrayList<>();
    private static ServiceLogAccepted overlapA;
    private static ServiceLogAccepted overlapB;
    private static ServiceLogAccepted afterDeath;
    private static ServiceLogAccepted shortVisit;

    @Inject
    EntityManager em;

    @BeforeEach
    void seedOnce() {
        synchronized (LOGS) {
            if (!LOGS.isEmpty()) {
                return;
            }
            UUID providerC = UUID.randomUUID();
            UUID providerD = UUID.randomUUID();
            UUID caregiverC = UUID.randomUUID();
            UUID caregiverD = UUID.randomUUID();
            UUID deceased = UUID.randomUUID();
            List<EventEnvelope> sent = new ArrayList<>();
            // the same person, registered with two providers, in two places at once
            sent.add(publish(new CaregiverRegistered(caregiverC, providerC, "person-" + caregiverC, 2,
                    LocalDate.of(2024, 1, 1))));
            sent.add(publish(new CaregiverRegistered(caregiverD, providerD, "person-" + caregiverC, 2,
                    LocalDate.of(2024, 1, 1))));
            sent.add(publish(new EligibilityRevoked(deceased, "340103", "DECEASED", LocalDate.of(2025, 2, 10),
                    UUID.randomUUID(), 1)));
            Instant nine = Instant.parse("2025-02-05T01:00:00Z");
            for (int i = 0; i < 12; i++) {
                LOGS.add(accepted(i % 2 == 0 ? providerC : providerD, PERIOD, i % 3 == 0 ? "HK01" : "MEAL01",
                        1_000 + 10L * i, UUID.randomUUID(), UUID.randomUUID(), i % 2 == 0 ? "340102" : "340103",
                        nine.plusSeconds(86_400L * i), 60));
            }
            overlapA = accepted(providerC, PERIOD, "HK01", 3_000, UUID.randomUUID(), caregiverC, "340102",
                    Instant.parse("2025-02-20T01:00:00Z"), 60);
            overlapB = accepted(providerD, PERIOD, "HK01", 3_000, UUID.randomUUID(), caregiverD, "340103",
                    Instant.parse("2025-02-20T01:30:00Z"), 60);
            afterDeath = accepted(providerD, PERIOD, "MEAL01", 1_200, deceased, UUID.randomUUID(), "340103",
                    Instant.parse("2025-02-12T03:00:00Z"), 60);
            shortVisit = accepted(providerC, PERIOD, "HK01", 900, UUID.randomUUID(), UUID.randomUUID(), "340102",
                    Instant.parse("2025-02-22T03:00:00Z"), 5);
            LOGS.addAll(List.of(overlapA, overlapB, afterDeath, shortVisit));
            LOGS.forEach(l -> sent.add(publish(l)));
            sent.add(publish(new ServiceLogRejected(UUID.randomUUID(), "PL-x", providerC, UUID.randomUUID(),
                    UUID.randomUUID(), caregiverC, "HK01", "340102", List.of("VOUCHER_NOT_ACTIVE", "IN_FUTURE"),
                    LocalDate.of(2025, 2, 3), PERIOD, Instant.parse("2025-02-03T10:00:00Z"))));
            sent.add(publish(new ServiceLogRejected(UUID.randomUUID(), "PL-y", providerD, UUID.randomUUID(),
                    UUID.randomUUID(), caregiverD, "HK01", "340103", List.of("IN_FUTURE"),
                    LocalDate.of(2025, 2, 3), PERIOD, Instant.parse("2025-02-03T10:00:00Z"))));
            awaitApplied(em, sent);
        }
    }

    @Test
    void summary_and_breakdowns_reconcile_with_the_logs_in_json_and_csv() {
        long amount = LOGS.stream().mapToLong(ServiceLogAccepted::amountFen).sum();
        long units = LOGS.stream().mapToLong(ServiceLogAccepted::units).sum();
        JsonPath summary = as("auditor").get("/api/v1/reports/summary?period=" + PERIOD).then().statusCode(200)
                .extract().jsonPath();
        assertThat(summary.getLong("items[0].amountFen")).isEqualTo(amount);
        assertThat(summary.getLong("items[0].units")).isEqualTo(units);
        assertThat(summary.getLong("items[0].visits")).isEqualTo(LOGS.size());
        assertThat(summary.getLong("items[0].rejected")).isEqualTo(2);
        List<List<String>> summaryCsv = csv("auditor", "/api/v1/reports/summary?period=" + PERIOD);
        assertThat(summaryCsv.get(0)).containsExactlyElementsOf(summary.getList("columns"));
        assertThat(Long.parseLong(summaryCsv.get(1).get(summaryCsv.get(0).indexOf("amountFen")))).isEqualTo(amount);

        for (String report : List.of("by-district", "by-provider", "by-item")) {
            JsonPath json = as("city-admin").get("/api/v1/reports/" + report + "?period=" + PERIOD).then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            assertThat(items.stream().mapToLong(i -> ((Number) i.get("amountFen")).longValue()).sum()).as(report)
                    .isEqualTo(amount);
            List<List<String>> rows = csv("auditor", "/api/v1/reports/" + report + "?period=" + PERIOD);
            int column = rows.get(0).indexOf("amountFen");
            assertThat(rows.subList(1, rows.size()).stream().mapToLong(r -> Long.parseLong(r.get(column))).sum())
                    .as(report + " csv").isEqualTo(amount);
            assertThat(rows).hasSize(items.size() + 1);
        }
        long district102 = LOGS.stream().filter(l -> l.districtCode().equals("340102"))
                .mapToLong(ServiceLogAccepted::amountFen).sum();
        assertThat(as("auditor").get("/api/v1/reports/summary?period=" + PERIOD + "&district=340102").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].amountFen")).isEqualTo(district102);

        JsonPath rejections = as("auditor").get("/api/v1/reports/rejections?period=" + PERIOD).then()
                .statusCode(200).extract().jsonPath();
        assertThat(rejections.getList("items.reason")).containsExactly("IN_FUTURE", "VOUCHER_NOT_ACTIVE");
        assertThat(rejections.getList("items.rejections")).containsExactly(2, 1);
        assertThat(as("auditor").get("/api/v1/reports/elder-usage?period=" + PERIOD + "&size=5").then()
                .statusCode(200).extract().jsonPath().getLong("total")).isEqualTo(LOGS.size());
    }

    @Test
    void anomalies_flag_overlaps_services_after_death_and_short_visits() {
        List<Map<String, Object>> items = as("auditor").get("/api/v1/reports/anomalies?period=" + PERIOD + "&size=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("kind")).isEqualTo("CAREGIVER_OVERLAP");
            assertThat(i.get("serviceLogId")).isEqualTo(overlapA.serviceLogId().toString());
            assertThat(i.get("otherServiceLogId")).isEqualTo(overlapB.serviceLogId().toString());
        });
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("kind")).isEqualTo("SERVICE_AFTER_DEATH");
            assertThat(i.get("serviceLogId")).isEqualTo(afterDeath.serviceLogId().toString());
        });
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("kind")).isEqualTo("SHORT_VISIT");
            assertThat(i.get("serviceLogId")).isEqualTo(shortVisit.serviceLogId().toString());
        });
        assertThat(items).filteredOn(i -> "SHORT_VISIT".equals(i.get("kind"))).hasSize(1);
        assertThat(items).filteredOn(i -> "CAREGIVER_OVERLAP".equals(i.get("kind"))).hasSize(2);
    }

    @Test
    void the_platform_and_providers_cannot_reach_reports_and_bad_queries_are_400() {
        given().auth().oauth2(Tokens.forPlatform()).get("/api/v1/reports/summary?period=" + PERIOD).then()
                .statusCode(403).contentType("application/problem+json");
        as("provider-a").get("/api/v1/reports/summary?period=" + PERIOD).then().statusCode(403);
        as("caseworker").get("/api/v1/reports/summary?period=" + PERIOD).then().statusCode(403);
        as("auditor").get("/api/v1/reports/summary").then().statusCode(400).body("errors[0].field", equalTo("period"));
        as("auditor").get("/api/v1/reports/summary?period=2025-2").then().statusCode(400);
        as("auditor").get("/api/v1/reports/summary?period=" + PERIOD + "&district=3401'--").then().statusCode(400);
        as("auditor").get("/api/v1/reports/summary?period=" + PERIOD + "&provider=x").then().statusCode(400);
        as("auditor").get("/api/v1/reports/no-such-report?period=" + PERIOD).then().statusCode(404);
    }

    @Test
    void the_same_seed_draws_the_same_sample_and_findings_must_be_about_a_sampled_log() {
        String request = "{\"period\":\"" + PERIOD + "\",\"size\":8,\"seed\":\"return-visits-2025-02\"}";
        JsonPath first = as("auditor").contentType(ContentType.JSON).body(request).post("/api/v1/audits/samples")
                .then().statusCode(201).extract().jsonPath();
        JsonPath second = as("auditor").contentType(ContentType.JSON).body(request).post("/api/v1/audits/samples")
                .then().statusCode(201).extract().jsonPath();
        List<String> ids = first.getList("items.serviceLogId");
        assertThat(ids).hasSize(8).doesNotHaveDuplicates();
        assertThat(second.getList("items.serviceLogId")).containsExactlyElementsOf(ids);
        assertThat(second.getString("id")).isNotEqualTo(first.getString("id"));
        List<String> other = as("auditor").contentType(ContentType.JSON)
                .body("{\"period\":\"" + PERIOD + "\",\"size\":8,\"seed\":\"another seed\"}")
                .post("/api/v1/audits/samples").then().statusCode(201).extract().jsonPath()
                .getList("items.serviceLogId");
        assertThat(other).isNotEqualTo(ids);
        List<String> all = LOGS.stream().map(l -> l.serviceLogId().toString()).toList();
        assertThat(all).containsAll(ids);

        String notSampled = all.stream().filter(id -> !ids.contains(id)).findFirst().orElseThrow();
        as("auditor").contentType(ContentType.JSON).body("{\"serviceLogId\":\"" + notSampled + "\",\"sampleId\":\""
                + first.getString("id") + "\",\"verdict\":\"CONFIRMED\",\"note\":\"visited\"}")
                .post("/api/v1/audits/findings").then().statusCode(422).body("code", equalTo("LOG_NOT_IN_SAMPLE"));
        as("auditor").contentType(ContentType.JSON).body("{\"serviceLogId\":\"" + ids.get(0) + "\",\"sampleId\":\""
                + first.getString("id") + "\",\"verdict\":\"NOT_DELIVERED\",\"note\":\"elder says nobody came\"}")
                .post("/api/v1/audits/findings").then().statusCode(201).body("verdict", equalTo("NOT_DELIVERED"));
        as("auditor").contentType(ContentType.JSON).body("{\"serviceLogId\":\"" + ids.get(0)
                + "\",\"verdict\":\"MAYBE\",\"note\":\"x\"}").post("/api/v1/audits/findings").then().statusCode(400);
        as("auditor").contentType(ContentType.JSON).body("{\"period\":\"" + PERIOD + "\",\"size\":0,\"seed\":\"s\"}")
                .post("/api/v1/audits/samples").then().statusCode(400);
        as("city-admin").contentType(ContentType.JSON).body(request).post("/api/v1/audits/samples").then()
                .statusCode(403);
    }

    private static List<List<String>> csv(String user, String path) {
        String text = as(user).accept("text/csv").get(path).then().statusCode(200).contentType("text/csv").extract()
                .asString();
        return Csv.parse(text);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.forUser(user));
    }
}
