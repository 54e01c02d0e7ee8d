package org.homecare.voucher.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.homecare.voucher.support.LogRequests.log;
import static org.homecare.voucher.support.LogRequests.newLogId;
import static org.homecare.voucher.support.LogRequests.submit;
import static org.homecare.voucher.support.LogRequests.submitBatch;
import static org.homecare.voucher.support.TestWorld.LUYANG;
import static org.homecare.voucher.support.TestWorld.PROVIDER_A;
import static org.homecare.voucher.support.TestWorld.SHUSHAN;
import static org.homecare.voucher.support.TestWorld.YAOHAI;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.domain.Voucher;
import org.homecare.voucher.support.AllPages;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Caseworkers and district auditors see the vouchers of their districts only, with their ledgers and service logs:
 * anything else answers 404 as if it did not exist. Every endpoint that takes an id is walked, and the test fails
 * when the service gains one it does not walk.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class DistrictScopeTest {

    static final String PROBLEM = "application/problem+json";
    static final List<String> DISTRICT_USERS = List.of("caseworker-luyang", "caseworker-yaohai", "auditor-yaohai");

    @Inject
    BusinessClock clock;

    /** One voucher and one service log per district: Yaohai (340102), Luyang (340103), Shushan (340104). */
    final Map<String, Voucher> vouchers = new LinkedHashMap<>();
    final Map<String, String> logs = new LinkedHashMap<>();
    final Map<String, String> exceptions = new LinkedHashMap<>();

    @BeforeEach
    void world() {
        TestWorld.providersApproved();
        String item = TestWorld.newItemCode();
        TestWorld.contractFor(PROVIDER_A, item, "HOUSEKEEPING", 4_500);
        UUID caregiver = TestWorld.caregiver(PROVIDER_A);
        Instant start = clock.instant().minus(Duration.ofHours(5));
        List<Map<String, Object>> submitted = new ArrayList<>();
        for (String district : List.of(YAOHAI, LUYANG, SHUSHAN)) {
            Voucher voucher = TestWorld.voucher(district, 60_000, TestWorld.ALL_CATEGORIES);
            vouchers.put(district, voucher);
            submitted.add(log(newLogId(), voucher.id(), caregiver, item, start, start.plusSeconds(600), 1));
            start = start.plusSeconds(3600);
        }
        // provider A serves Yaohai and Luyang: its Shushan log is rejected, and kept with the voucher's district
        List<String> ids = submitBatch("provider-a", submitted).then().statusCode(200)
                .body("results.status", contains("ACCEPTED", "ACCEPTED", "REJECTED"))
                .extract().path("results.id");
        logs.put(YAOHAI, ids.get(0));
        logs.put(LUYANG, ids.get(1));
        logs.put(SHUSHAN, ids.get(2));
        // a visit logged 10 km from home in each district provider A serves: a visit exception there
        for (String district : List.of(YAOHAI, LUYANG)) {
            Voucher atHome = TestWorld.voucherAtHome(district, 60_000, TestWorld.ALL_CATEGORIES, TestWorld.HOME_CELL,
                    "13812345678");
            Map<String, Object> away = log(newLogId(), atHome.id(), caregiver, item, start, start.plusSeconds(600), 1);
            away.put("latitude", 31.95);
            String logId = submit("provider-a", away).then().statusCode(201).extract().path("id");
            List<String> found = given().auth().oauth2(Tokens.forUser("city-admin")).queryParam("size", 200)
                    .get("/api/v1/visit-exceptions").then().statusCode(200)
                    .extract().path("items.findAll { it.serviceLogId == '" + logId + "' }.id");
            exceptions.put(district, found.get(0));
            start = start.plusSeconds(3600);
        }
    }

    @Test
    void every_endpoint_that_takes_an_id_answers_404_outside_the_callers_districts_and_200_inside() throws Exception {
        Map<String, Walk> walks = new LinkedHashMap<>();
        walks.put("get /api/v1/vouchers/{id}", new Walk("GET", "/api/v1/vouchers/", "", vouchers()));
        walks.put("get /api/v1/vouchers/{id}/ledger", new Walk("GET", "/api/v1/vouchers/", "/ledger", vouchers()));
        walks.put("get /api/v1/service-logs/{id}", new Walk("GET", "/api/v1/service-logs/", "", logs));
        walks.put("post /api/v1/service-logs/{id}/void", new Walk("POST", "/api/v1/service-logs/", "/void", logs));
        walks.put("post /api/v1/vouchers/{id}/visit-codes",
                new Walk("POST", "/api/v1/vouchers/", "/visit-codes", vouchers()));
        walks.put("get /api/v1/service-logs/{id}/history",
                new Walk("GET", "/api/v1/service-logs/", "/history", logs));
        walks.put("post /api/v1/service-logs/{id}/corrections",
                new Walk("POST", "/api/v1/service-logs/", "/corrections", logs));
        walks.put("get /api/v1/visit-exceptions/{id}", new Walk("GET", "/api/v1/visit-exceptions/", "", exceptions));
        walks.put("post /api/v1/visit-exceptions/{id}/resolution",
                new Walk("POST", "/api/v1/visit-exceptions/", "/resolution", exceptions));
        walks.put("post /api/v1/visit-exceptions/{id}/decision",
                new Walk("POST", "/api/v1/visit-exceptions/", "/decision", exceptions));
        assertThat(walks.keySet()).as("the endpoints this test walks are all those with an {id}")
                .containsExactlyInAnyOrderElementsOf(operationsWithAnId());

        Map<String, Set<String>> scopes = Map.of(
                "caseworker-luyang", Set.of(LUYANG), "caseworker-yaohai", Set.of(YAOHAI),
                "auditor-yaohai", Set.of(YAOHAI), "auditor", Set.of(YAOHAI, LUYANG, SHUSHAN),
                "caseworker", Set.of(YAOHAI, LUYANG, SHUSHAN));
        List<String> answers = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, Walk> endpoint : walks.entrySet()) {
            Walk walk = endpoint.getValue();
            for (Map.Entry<String, Set<String>> user : scopes.entrySet()) {
                for (Map.Entry<String, String> target : walk.ids().entrySet()) {
                    Response answer = walk.call(user.getKey(), target.getValue());
                    String what = endpoint.getKey() + " of " + target.getKey() + " as " + user.getKey();
                    answers.add(what + " -> " + answer.statusCode());
                    expected.add(what + " -> " + expectedStatus(endpoint.getKey(), user.getKey(),
                            user.getValue().contains(target.getKey())));
                    if (answer.statusCode() == 404) {
                        // outside the scope looks exactly like a missing object
                        assertThat(answer.contentType()).startsWith(PROBLEM);
                        assertThat(answer.<String> path("code")).isEqualTo("NOT_FOUND");
                        assertThat(answer.<String> path("detail")).isEqualTo(
                                (walk.path().contains("vouchers") ? "voucher "
                                        : walk.path().contains("visit-exceptions") ? "visit exception "
                                                : "service log ") + target.getValue() + " not found");
                    }
                }
            }
        }
        assertThat(answers).containsExactlyElementsOf(expected);

        // the provider who owns the log may still void it: district scope narrows staff, not providers
        given().auth().oauth2(Tokens.forUser("provider-a")).contentType(ContentType.JSON)
                .body(Map.of("reason", "entered twice")).post("/api/v1/service-logs/" + logs.get(LUYANG) + "/void")
                .then().statusCode(200).body("status", equalTo("VOIDED"));
    }

    /** Reads are narrowed by district; void and visit codes are for providers (403 to staff whatever the district). */
    private static int expectedStatus(String endpoint, String user, boolean inScope) {
        boolean caseworker = user.startsWith("caseworker");
        if (endpoint.startsWith("post ") || caseworker && !endpoint.equals("get /api/v1/vouchers/{id}")) {
            return 403;
        }
        return inScope ? 200 : 404;
    }

    @Test
    void voucher_lists_show_a_district_users_districts_only() {
        List<JsonNode> luyang = all("caseworker-luyang", "/api/v1/vouchers", Map.of());
        assertThat(luyang).extracting(v -> v.get("districtCode").asText()).containsOnly(LUYANG);
        assertThat(ids(luyang)).contains(id(LUYANG)).doesNotContain(id(YAOHAI), id(SHUSHAN));

        List<JsonNode> yaohai = all("auditor-yaohai", "/api/v1/vouchers", Map.of());
        assertThat(yaohai).extracting(v -> v.get("districtCode").asText()).containsOnly(YAOHAI);
        assertThat(ids(yaohai)).contains(id(YAOHAI)).doesNotContain(id(LUYANG), id(SHUSHAN));

        assertThat(ids(all("auditor", "/api/v1/vouchers", Map.of()))).contains(id(YAOHAI), id(LUYANG), id(SHUSHAN));
        assertThat(ids(all("caseworker", "/api/v1/vouchers", Map.of("district", SHUSHAN))))
                .contains(id(SHUSHAN)).doesNotContain(id(YAOHAI), id(LUYANG));

        // an elder of another district is no one the caller knows
        given().auth().oauth2(Tokens.forUser("caseworker-luyang"))
                .queryParam("elderId", vouchers.get(SHUSHAN).elderId().toString()).get("/api/v1/vouchers").then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.forUser("caseworker-luyang"))
                .queryParam("elderId", vouchers.get(LUYANG).elderId().toString()).get("/api/v1/vouchers").then()
                .statusCode(200).body("items[0].id", equalTo(id(LUYANG)));
    }

    @Test
    void a_list_filter_naming_another_district_is_not_found() {
        for (String path : List.of("/api/v1/vouchers", "/api/v1/service-logs")) {
            given().auth().oauth2(Tokens.forUser("auditor-yaohai")).queryParam("district", SHUSHAN).get(path).then()
                    .statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"));
            given().auth().oauth2(Tokens.forUser("auditor-yaohai")).queryParam("district", YAOHAI).get(path).then()
                    .statusCode(200);
            given().auth().oauth2(Tokens.forUser("auditor")).queryParam("district", "3401").get(path).then()
                    .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("district"));
        }
        given().auth().oauth2(Tokens.forUser("caseworker-luyang")).queryParam("district", YAOHAI)
                .get("/api/v1/vouchers").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void service_log_lists_show_a_district_auditors_districts_only() {
        List<JsonNode> yaohai = all("auditor-yaohai", "/api/v1/service-logs", Map.of());
        assertThat(yaohai).extracting(l -> l.get("districtCode").asText()).containsOnly(YAOHAI);
        assertThat(ids(yaohai)).contains(logs.get(YAOHAI)).doesNotContain(logs.get(LUYANG), logs.get(SHUSHAN));

        assertThat(ids(all("auditor", "/api/v1/service-logs", Map.of())))
                .contains(logs.get(YAOHAI), logs.get(LUYANG), logs.get(SHUSHAN));
        assertThat(ids(all("auditor", "/api/v1/service-logs", Map.of("district", SHUSHAN))))
                .contains(logs.get(SHUSHAN)).doesNotContain(logs.get(YAOHAI), logs.get(LUYANG));
    }

    /** How one endpoint is called with an id, and the ids (by district) it is called with. */
    private record Walk(String method, String path, String suffix, Map<String, String> ids) {
        Response call(String user, String id) {
            var request = given().auth().oauth2(Tokens.forUser(user));
            return method.equals("POST")
                    ? request.contentType(ContentType.JSON).body(Map.of("reason", "district scope test"))
                            .post(path + id + suffix)
                    : request.get(path + id + suffix);
        }
    }

    /** "method path" of every operation of the served OpenAPI document whose path has an {id}. */
    private static Set<String> operationsWithAnId() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        Set<String> operations = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().contains("{id}")) {
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "put", "post", "patch", "delete").contains(method)) {
                        operations.add(method + " " + path.getKey());
                    }
                });
            }
        });
        return operations;
    }

    /** Every page of a list, 500 at a time. */
    private static List<JsonNode> all(String user, String path, Map<String, String> filters) {
        return AllPages.of(user, path, filters);
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.get("id").asText()).toList();
    }

    private String id(String district) {
        return vouchers.get(district).id().toString();
    }

    private Map<String, String> vouchers() {
        Map<String, String> ids = new LinkedHashMap<>();
        vouchers.forEach((district, voucher) -> ids.put(district, voucher.id().toString()));
        return ids;
    }
}
