package org.homecare.provider.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(WriteRateLimitTest.TinyLimit.class)
@WithTestResource(RealComponentsTestResource.class)
class WriteRateLimitTest {

    /** Two writes at once, then one every ten seconds: the third write in a row is over the limit. */
    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("homecare.rate-limit.requests-per-second", "1", "homecare.rate-limit.burst", "2");
        }
    }

    private static final String CLOCK = "/api/v1/admin/clock";

    @Test
    void a_caller_over_the_write_limit_gets_429_problem_with_retry_after() {
        String token = Tokens.forUser("city-admin");
        // an empty body is refused (400) after the limit is counted, so these writes change nothing
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").put(CLOCK).then().statusCode(400);
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").put(CLOCK).then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429))
                .body("code", equalTo("RATE_LIMITED"));

        // reads are not limited, and another caller has its own bucket
        given().auth().oauth2(token).get(CLOCK).then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("auditor")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/providers").then().statusCode(403);
    }
}
