package org.homecare.settlement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.homecare.settlement.TestEvents.accepted;
import static org.homecare.settlement.TestEvents.awaitApplied;
import static org.homecare.settlement.TestEvents.count;
import static org.homecare.settlement.TestEvents.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.contracts.events.VoucherEvents.ServiceLogRejected;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * {@code auditor-yaohai} (an auditor whose token names district 340102) against {@code auditor} (city-wide) over one
 * period of logs in Yaohai (340102) and Shushan (340104): reports and audits narrowed to Yaohai, another district 404,
 * the documents that cover the whole city (statements, reconciliation, adjustments) 403 CITY_WIDE_ONLY.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class DistrictAuditorTest {

    /** No other settlement test plays 2021. */
    private static final String PERIOD = "2021-03";
    private static final String YAOHAI = "340102";
    private static final String SHUSHAN = "340104";
    private static final String DISTRICT_AUDITOR = "auditor-yaohai";
    private static final List<String> REPORTS = List.of("summary", "by-district", "by-provider", "by-item",
            "rejections", "elder-usage", "anomalies");

    private static final UUID PROVIDER_YAOHAI_AND_SHUSHAN = UUID.randomUUID();
    private static final UUID PROVIDER_SHUSHAN = UUID.randomUUID();
    private static final List<ServiceLogAccepted> YAOHAI_LOGS = new ArrayList<>();
    private static final List<ServiceLogAccepted> SHUSHAN_LOGS = new ArrayList<>();
    private static ServiceLogAccepted overlapInYaohai;
    private static ServiceLogAccepted overlapInShushan;

    @Inject
    EntityManager em;

    @BeforeEach
    void seedOnce() {
        synchronized (YAOHAI_LOGS) {
            if (!YAOHAI_LOGS.isEmpty()) {
                return;
            }
            UUID caregiver = UUID.randomUUID();
            Instant tenth = Instant.parse("2021-03-10T01:00:00Z");
            // one caregiver at two visits at once, one in each district
            overlapInYaohai = accepted(PROVIDER_YAOHAI_AND_SHUSHAN, PERIOD, "HK01", 1_101, UUID.randomUUID(),
                    caregiver, YAOHAI, tenth, 60);
            overlapInShushan = accepted(PROVIDER_SHUSHAN, PERIOD, "HK01", 5_000, UUID.randomUUID(), caregiver,
                    SHUSHAN, tenth.plusSeconds(1_800), 60);
            YAOHAI_LOGS.add(overlapInYaohai);
            YAOHAI_LOGS.add(accepted(PROVIDER_YAOHAI_AND_SHUSHAN, PERIOD, "MEAL01", 2_203, UUID.randomUUID(),
                    UUID.randomUUID(), YAOHAI, tenth.plusSeconds(86_400), 60));
            SHUSHAN_LOGS.add(overlapInShushan);
            SHUSHAN_LOGS.add(accepted(PROVIDER_SHUSHAN, PERIOD, "MEAL01", 7_001, UUID.randomUUID(),
                    UUID.randomUUID(), SHUSHAN, tenth.plusSeconds(2 * 86_400), 60));
            // the Yaohai provider serves Shushan too: its Shushan visit is no Yaohai figure
            SHUSHAN_LOGS.add(accepted(PROVIDER_YAOHAI_AND_SHUSHAN, PERIOD, "HK01", 9_009, UUID.randomUUID(),
                    UUID.randomUUID(), SHUSHAN, tenth.plusSeconds(3 * 86_400), 60));
            List<EventEnvelope> sent = new ArrayList<>();
            YAOHAI_LOGS.forEach(l -> sent.add(publish(l)));
            SHUSHAN_LOGS.forEach(l -> sent.add(publish(l)));
            sent.add(publish(rejected(PROVIDER_YAOHAI_AND_SHUSHAN, YAOHAI, "VOUCHER_NOT_ACTIVE")));
            sent.add(publish(rejected(PROVIDER_SHUSHAN, SHUSHAN, "IN_FUTURE")));
            awaitApplied(em, sent);
        }
    }

    @Test
    void district_auditor_summary_covers_only_its_districts() {
        JsonPath district = report(DISTRICT_AUDITOR, "summary", "");
        assertThat(district.getList("districts")).containsExactly(YAOHAI);
        assertThat(district.getLong("items[0].amountFen")).isEqualTo(sum(YAOHAI_LOGS)).isEqualTo(3_304);
        assertThat(district.getLong("items[0].visits")).isEqualTo(2);
        assertThat(district.getLong("items[0].providers")).isEqualTo(1);
        assertThat(district.getLong("items[0].rejected")).isEqualTo(1);

        JsonPath city = report("auditor", "summary", "");
        assertThat(city.getString("districts")).isNull();
        assertThat(city.getLong("items[0].amountFen")).isEqualTo(sum(YAOHAI_LOGS) + sum(SHUSHAN_LOGS))
                .isEqualTo(24_314);
        assertThat(city.getLong("items[0].visits")).isEqualTo(5);
        assertThat(city.getLong("items[0].rejected")).isEqualTo(2);

        // naming its own district changes nothing
        assertThat(report(DISTRICT_AUDITOR, "summary", "&district=" + YAOHAI).getLong("items[0].amountFen"))
                .isEqualTo(3_304);
    }

    @Test
    void district_auditor_breakdowns_show_only_its_districts_logs() {
        JsonPath byDistrict = report(DISTRICT_AUDITOR, "by-district", "");
        assertThat(byDistrict.getList("items.districtCode")).containsExactly(YAOHAI);
        assertThat(byDistrict.getLong("items[0].amountFen")).isEqualTo(3_304);
        assertThat(report("auditor", "by-district", "").getList("items.districtCode"))
                .containsExactly(YAOHAI, SHUSHAN);

        JsonPath byProvider = report(DISTRICT_AUDITOR, "by-provider", "");
        assertThat(byProvider.getList("items.providerId")).containsExactly(PROVIDER_YAOHAI_AND_SHUSHAN.toString());
        assertThat(byProvider.getLong("items[0].amountFen")).as("its Shushan visit left out").isEqualTo(3_304);
        assertThat(report("auditor", "by-provider", "").getList("items.providerId"))
                .containsExactlyInAnyOrder(PROVIDER_YAOHAI_AND_SHUSHAN.toString(), PROVIDER_SHUSHAN.toString());

        assertThat(report(DISTRICT_AUDITOR, "rejections", "").getList("items.reason"))
                .containsExactly("VOUCHER_NOT_ACTIVE");
        assertThat(report(DISTRICT_AUDITOR, "elder-usage", "").getList("items.districtCode"))
                .containsOnly(YAOHAI).hasSize(2);
        List<Number> byItem = report(DISTRICT_AUDITOR, "by-item", "").getList("items.amountFen");
        assertThat(byItem.stream().mapToLong(Number::longValue).sum()).isEqualTo(3_304);
    }

    @Test
    void district_auditor_csv_reports_are_narrowed_like_json() {
        List<List<String>> summary = csv(DISTRICT_AUDITOR, "/api/v1/reports/summary?period=" + PERIOD);
        assertThat(summary.get(1).get(summary.get(0).indexOf("amountFen"))).isEqualTo("3304");
        List<List<String>> byDistrict = csv(DISTRICT_AUDITOR, "/api/v1/reports/by-district?period=" + PERIOD);
        assertThat(byDistrict).hasSize(2);
        assertThat(byDistrict.get(1).get(byDistrict.get(0).indexOf("districtCode"))).isEqualTo(YAOHAI);
        assertThat(csv("auditor", "/api/v1/reports/by-district?period=" + PERIOD)).hasSize(3);
        as(DISTRICT_AUDITOR).accept("text/csv")
                .get("/api/v1/reports/summary?period=" + PERIOD + "&district=" + SHUSHAN).then().statusCode(404);
    }

    @Test
    void a_report_filter_naming_another_district_is_404_for_the_district_auditor_only() {
        for (String name : REPORTS) {
            as(DISTRICT_AUDITOR).get("/api/v1/reports/" + name + "?period=" + PERIOD + "&district=" + SHUSHAN)
                    .then().statusCode(404).contentType("application/problem+json");
            as("auditor").get("/api/v1/reports/" + name + "?period=" + PERIOD + "&district=" + SHUSHAN)
                    .then().statusCode(200).body("districts", contains(SHUSHAN));
        }
        assertThat(report("auditor", "summary", "&district=" + SHUSHAN).getLong("items[0].amountFen"))
                .isEqualTo(sum(SHUSHAN_LOGS));
    }

    @Test
    void an_overlap_with_a_visit_in_another_district_is_flagged_without_naming_that_visit() {
        List<Map<String, Object>> district = overlaps(DISTRICT_AUDITOR);
        assertThat(district).hasSize(1);
        assertThat(district.get(0).get("serviceLogId")).isEqualTo(overlapInYaohai.serviceLogId().toString());
        assertThat(district.get(0).get("otherServiceLogId")).isNull();

        List<Map<String, Object>> city = overlaps("auditor");
        assertThat(city).hasSize(2).anySatisfy(row -> {
            assertThat(row.get("serviceLogId")).isEqualTo(overlapInYaohai.serviceLogId().toString());
            assertThat(row.get("otherServiceLogId")).isEqualTo(overlapInShushan.serviceLogId().toString());
        });
    }

    @Test
    void district_auditor_samples_and_records_findings_only_in_its_districts() {
        String request = "{\"period\":\"" + PERIOD + "\",\"size\":10,\"seed\":\"yaohai-return-visits\"}";
        JsonPath sample = as(DISTRICT_AUDITOR).contentType(ContentType.JSON).body(request)
                .post("/api/v1/audits/samples").then().statusCode(201).extract().jsonPath();
        assertThat(sample.getList("districts")).containsExactly(YAOHAI);
        assertThat(sample.getList("items.serviceLogId")).containsExactlyInAnyOrderElementsOf(ids(YAOHAI_LOGS));
        assertThat(sample.getList("items.districtCode")).containsOnly(YAOHAI);
        JsonPath citySample = as("auditor").contentType(ContentType.JSON).body(request)
                .post("/api/v1/audits/samples").then().statusCode(201).extract().jsonPath();
        assertThat(citySample.getString("districts")).isNull();
        assertThat(citySample.getList("items.serviceLogId")).hasSize(5);

        UUID shushanLog = overlapInShushan.serviceLogId();
        as(DISTRICT_AUDITOR).contentType(ContentType.JSON).body(finding(shushanLog, null))
                .post("/api/v1/audits/findings").then().statusCode(404).contentType("application/problem+json");
        // also when the log is in a city-wide auditor's sample
        as(DISTRICT_AUDITOR).contentType(ContentType.JSON).body(finding(shushanLog, citySample.getString("id")))
                .post("/api/v1/audits/findings").then().statusCode(404);
        assertThat(count(em, "select count(*) from audit_finding where service_log_id = '" + shushanLog + "'"))
                .isZero();

        as(DISTRICT_AUDITOR).contentType(ContentType.JSON)
                .body(finding(overlapInYaohai.serviceLogId(), sample.getString("id")))
                .post("/api/v1/audits/findings").then().statusCode(201).body("createdBy", equalTo(DISTRICT_AUDITOR));
    }

    @Test
    void statements_and_reconciliation_are_city_wide_only() {
        String statement = closedStatement();
        String reconciliation = "/api/v1/periods/" + PERIOD + "/reconciliation";
        for (String path : List.of("/api/v1/statements/" + statement, "/api/v1/periods/" + PERIOD + "/statements",
                reconciliation)) {
            as("auditor").get(path).then().statusCode(200);
            cityWideOnly(as(DISTRICT_AUDITOR).get(path));
        }
        as("auditor").accept("text/csv").get(reconciliation).then().statusCode(200).contentType("text/csv");
        cityWideOnly(as(DISTRICT_AUDITOR).accept("text/csv").get(reconciliation));
    }

    @Test
    void district_auditor_meets_every_endpoint_taking_an_id_or_a_district_in_its_scope_only() {
        String statement = closedStatement();
        String s = "/api/v1/statements/" + statement;
        String p = "/api/v1/periods/" + PERIOD;
        UUID yaohaiLog = YAOHAI_LOGS.get(1).serviceLogId();
        UUID shushanLog = SHUSHAN_LOGS.get(1).serviceLogId();

        // documents of the whole city
        cityWideOnly(as(DISTRICT_AUDITOR).get(s));
        cityWideOnly(as(DISTRICT_AUDITOR).get(p + "/statements"));
        cityWideOnly(as(DISTRICT_AUDITOR).get(p + "/reconciliation"));
        cityWideOnly(as(DISTRICT_AUDITOR).accept("text/csv").get(p + "/reconciliation"));
        String finding = as(DISTRICT_AUDITOR).contentType(ContentType.JSON).body(finding(yaohaiLog, null))
                .post("/api/v1/audits/findings").then().statusCode(201).extract().path("id");
        long adjustments = count(em, "select count(*) from adjustment");
        cityWideOnly(as(DISTRICT_AUDITOR).contentType(ContentType.JSON)
                .body(Map.of("providerId", PROVIDER_YAOHAI_AND_SHUSHAN, "serviceLogId", yaohaiLog, "amountFen", -100,
                        "reason", "not delivered", "findingId", finding))
                .post("/api/v1/adjustments"));
        assertThat(count(em, "select count(*) from adjustment")).as("nothing recorded").isEqualTo(adjustments);

        // endpoints an auditor may not use at all keep the role's refusal
        for (Response refused : List.of(
                as(DISTRICT_AUDITOR).post(s + "/confirm"),
                as(DISTRICT_AUDITOR).contentType(ContentType.JSON).body("{\"reason\":\"x\"}").post(s + "/dispute"),
                as(DISTRICT_AUDITOR).post(s + "/approve"),
                as(DISTRICT_AUDITOR).contentType(ContentType.JSON)
                        .body("{\"amountFen\":1,\"bankReference\":\"B1\",\"paidOn\":\"2021-04-20\"}")
                        .post(s + "/payments"),
                as(DISTRICT_AUDITOR).contentType(ContentType.JSON).body("{\"bankReference\":\"B1\",\"returnedOn\":"
                        + "\"2021-04-21\",\"reasonCode\":\"AC01\",\"reason\":\"x\"}").post(s + "/payment-returns"),
                as(DISTRICT_AUDITOR).contentType(ContentType.JSON).body("{\"outcome\":\"UPHELD\",\"note\":\"x\"}")
                        .post(s + "/resolve"),
                as(DISTRICT_AUDITOR).post(p + "/close"),
                as(DISTRICT_AUDITOR).get(p + "/payment-instructions"),
                as(DISTRICT_AUDITOR).get(p + "/payment-instructions.xml"))) {
            refused.then().statusCode(403).contentType("application/problem+json").body("code", nullValue());
        }

        // reports and audits: its own district answers, another is 404
        for (String name : REPORTS) {
            as(DISTRICT_AUDITOR).get("/api/v1/reports/" + name + "?period=" + PERIOD + "&district=" + YAOHAI)
                    .then().statusCode(200).body("districts", contains(YAOHAI));
            as(DISTRICT_AUDITOR).get("/api/v1/reports/" + name + "?period=" + PERIOD + "&district=" + SHUSHAN)
                    .then().statusCode(404);
        }
        as(DISTRICT_AUDITOR).contentType(ContentType.JSON).body(finding(shushanLog, null))
                .post("/api/v1/audits/findings").then().statusCode(404);

        // the shared endpoints of event-contracts hold no settlement document
        as(DISTRICT_AUDITOR).get("/api/v1/admin/clock").then().statusCode(200);
    }

    /** Closes the period once (idempotent) and answers the Yaohai provider's statement. */
    private static String closedStatement() {
        as("city-admin").post("/api/v1/periods/" + PERIOD + "/close").then().statusCode(200);
        List<Map<String, Object>> items = as("city-admin").get("/api/v1/periods/" + PERIOD + "/statements").then()
                .statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> PROVIDER_YAOHAI_AND_SHUSHAN.toString().equals(i.get("providerId")))
                .map(i -> (String) i.get("id")).findFirst().orElseThrow();
    }

    private static void cityWideOnly(Response response) {
        response.then().statusCode(403).contentType("application/problem+json").body("code", equalTo("CITY_WIDE_ONLY"));
    }

    private static List<Map<String, Object>> overlaps(String user) {
        List<Map<String, Object>> items = report(user, "anomalies", "&size=500").getList("items");
        return items.stream().filter(i -> "CAREGIVER_OVERLAP".equals(i.get("kind"))).toList();
    }

    private static JsonPath report(String user, String name, String query) {
        return as(user).get("/api/v1/reports/" + name + "?period=" + PERIOD + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static String finding(UUID serviceLogId, String sampleId) {
        return "{\"serviceLogId\":\"" + serviceLogId + "\"" + (sampleId == null ? "" : ",\"sampleId\":\"" + sampleId
                + "\"") + ",\"verdict\":\"CONFIRMED\",\"note\":\"the elder confirmed the visit\"}";
    }

    private static ServiceLogRejected rejected(UUID provider, String district, String reason) {
        return new ServiceLogRejected(UUID.randomUUID(), "PL-" + UUID.randomUUID(), provider, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), "HK01", district, List.of(reason), LocalDate.of(2021, 3, 4),
                PERIOD, Instant.parse("2021-03-04T10:00:00Z"));
    }

    private static long sum(List<ServiceLogAccepted> logs) {
        return logs.stream().mapToLong(ServiceLogAccepted::amountFen).sum();
    }

    private static List<String> ids(List<ServiceLogAccepted> logs) {
        return logs.stream().map(l -> l.serviceLogId().toString()).toList();
    }

    private static List<List<String>> csv(String user, String path) {
        return Csv.parse(as(user).accept("text/csv").get(path).then().statusCode(200).contentType("text/csv")
                .extract().asString());
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.forUser(user));
    }
}
