package org.homecare.deploy.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * What every service promises (docs/architecture.md "Security", "Errors", "Time"), checked against the running
 * service with real tokens. A service's test class extends it and gets these tests, run in its own Quarkus application; it names
 * one of its writes with a text field ({@link #textWrite()}) and one of its lists ({@link #listRead()}).
 */
public abstract class ServiceFoundationContract {

    /**
     * A write whose JSON body has the top-level string field {@code field}, written {@code "TEXT"} in {@code body}:
     * the contract puts bad text there. Only the body's parsing matters, so the rest of it may be incomplete.
     */
    public record TextWrite(String user, String method, String path, String body, String field) {

        String with(String jsonString) {
            return body.replace("\"TEXT\"", jsonString);
        }
    }

    /** A list endpoint answering {@code {items, page, size, total}}, and a user who may read it. */
    public record ListRead(String user, String path) {
    }

    protected abstract TextWrite textWrite();

    /** The rows the text write would store if it were accepted; a refused one must leave them as they were. */
    protected abstract long storedByTextWrite();

    protected abstract ListRead listRead();

    protected static final String PROBLEM_JSON = "application/problem+json";
    private static final String CLOCK = "/api/v1/admin/clock";
    private static final List<String> ROLES_USERS = List.of("city-admin", "caseworker", "auditor", "provider-a",
            "provider-b");

    @Test
    void health_metrics_and_openapi_need_no_token() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/"));
    }

    @Test
    void no_token_gets_401_problem_with_bearer_challenge() {
        given().get(CLOCK).then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void forged_token_gets_401_problem() {
        String forged = Tokens.forUser("city-admin").replaceFirst("\\.[^.]+$", ".c2lnbmF0dXJl");
        given().auth().oauth2(forged).get(CLOCK).then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2("not-a-token").get(CLOCK).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void every_role_reads_the_business_clock() {
        for (String user : ROLES_USERS) {
            given().auth().oauth2(Tokens.forUser(user)).get(CLOCK).then()
                    .statusCode(200)
                    .body("zone", equalTo("Asia/Shanghai"))
                    .body("now", notNullValue());
        }
        given().auth().oauth2(Tokens.forPlatform()).get(CLOCK).then().statusCode(200);
    }

    @Test
    void only_city_admin_moves_the_clock_and_only_forward() {
        OffsetDateTime now = OffsetDateTime.parse(given().auth().oauth2(Tokens.forUser("city-admin")).get(CLOCK)
                .then().statusCode(200).extract().path("now"));
        String later = now.plusHours(1).toString();
        for (String user : List.of("caseworker", "auditor", "provider-a")) {
            given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON)
                    .body("{\"now\":\"" + later + "\"}").put(CLOCK).then()
                    .statusCode(403).contentType(PROBLEM_JSON).body("status", equalTo(403));
        }
        given().auth().oauth2(Tokens.forPlatform()).contentType(ContentType.JSON)
                .body("{\"now\":\"" + later + "\"}").put(CLOCK).then().statusCode(403);

        given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON)
                .body("{\"now\":\"" + later + "\"}").put(CLOCK).then()
                .statusCode(200)
                .body("now", startsWith(later.substring(0, 16)));
        given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON)
                .body("{\"now\":\"" + now + "\"}").put(CLOCK).then()
                .statusCode(409).contentType(PROBLEM_JSON).body("code", equalTo("CLOCK_MOVED_BACKWARDS"));
    }

    @Test
    void unknown_path_and_method_are_problems() {
        String token = Tokens.forUser("city-admin");
        given().auth().oauth2(token).get("/api/v1/no-such-thing").then()
                .statusCode(404).contentType(PROBLEM_JSON).body("status", equalTo(404));
        given().get("/no-such-page").then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(token).delete(CLOCK).then()
                .statusCode(405).contentType(PROBLEM_JSON).body("status", equalTo(405));
    }

    @Test
    void malformed_json_unknown_fields_and_wrong_types_are_400_problems() {
        String token = Tokens.forUser("city-admin");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"now\": ").put(CLOCK).then()
                .statusCode(400).contentType(PROBLEM_JSON).body("detail", notNullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"now\":\"2099-01-01T00:00:00+08:00\",\"admin\":true}").put(CLOCK).then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("admin"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"now\":\"next tuesday\"}").put(CLOCK)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("now"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").put(CLOCK).then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("now"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("[1,2]").put(CLOCK).then()
                .statusCode(400).contentType(PROBLEM_JSON);
        given().auth().oauth2(token).contentType(ContentType.TEXT).body("now").put(CLOCK).then()
                .statusCode(415).contentType(PROBLEM_JSON);
    }

    @Test
    void a_body_over_one_mebibyte_is_413_problem() {
        String big = "{\"now\":\"" + "9".repeat(1024 * 1024 + 10) + "\"}";
        given().auth().oauth2(Tokens.forUser("city-admin")).contentType(ContentType.JSON).body(big).put(CLOCK)
                .then().statusCode(413).contentType(PROBLEM_JSON).body("status", equalTo(413));
    }

    @Test
    void rejects_nul_character_in_a_body_naming_the_field() {
        assertRefusedText("\"care\\u0000home\"", "NUL");
    }

    @Test
    void rejects_unpaired_surrogate_in_a_body_naming_the_field() {
        assertRefusedText("\"care\\ud800home\"", "unpaired surrogate");
        assertRefusedText("\"care\\udc00\"", "unpaired surrogate");
    }

    @Test
    void rejects_a_repeated_key_naming_it() {
        TextWrite write = textWrite();
        long before = storedByTextWrite();
        String body = write.with("\"second\"").replaceFirst("\\{", "{\"" + write.field() + "\":\"first\",");
        given().auth().oauth2(Tokens.forUser(write.user())).contentType(ContentType.JSON).body(body)
                .request(write.method(), write.path()).then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("errors.field", hasItem(write.field()))
                .body("detail", containsString("more than once"));
        Assertions.assertEquals(before, storedByTextWrite(), "a refused write stored nothing");
    }

    @Test
    void rejects_nul_character_in_a_query_parameter_naming_it() {
        ListRead list = listRead();
        given().auth().oauth2(Tokens.forUser(list.user())).queryParam("note", "a\u0000b").get(list.path()).then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("note"))
                .body("errors.message", hasItem(containsString("NUL")));
    }

    @Test
    void a_list_without_paging_answers_the_first_page_of_50() {
        ListRead list = listRead();
        given().auth().oauth2(Tokens.forUser(list.user())).get(list.path()).then()
                .statusCode(200).body("page", equalTo(0)).body("size", equalTo(50));
    }

    @Test
    void rejects_paging_that_is_not_a_small_whole_number_naming_the_parameter() {
        ListRead list = listRead();
        String token = Tokens.forUser(list.user());
        List<Map<String, String>> bad = List.of(Map.of("page", "2147483647"), Map.of("page", "-1"),
                Map.of("page", "1.5"), Map.of("size", "abc"), Map.of("size", "99999999999"), Map.of("size", "0"),
                Map.of("size", "501"), Map.of("page", "99999999999999999999"));
        for (Map<String, String> query : bad) {
            String parameter = query.keySet().iterator().next();
            given().auth().oauth2(token).queryParams(query).get(list.path()).then()
                    .statusCode(400).contentType(PROBLEM_JSON)
                    .body("status", equalTo(400))
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo(parameter));
        }
    }

    private void assertRefusedText(String jsonString, String named) {
        TextWrite write = textWrite();
        long before = storedByTextWrite();
        given().auth().oauth2(Tokens.forUser(write.user())).contentType(ContentType.JSON).body(write.with(jsonString))
                .request(write.method(), write.path()).then()
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("errors.field", hasItem(write.field()))
                .body("errors.message", hasItem(containsString(named)));
        Assertions.assertEquals(before, storedByTextWrite(), "a refused write stored nothing");
    }
}
