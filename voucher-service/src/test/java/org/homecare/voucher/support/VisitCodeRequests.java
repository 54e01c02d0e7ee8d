package org.homecare.voucher.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Visit-code requests as a provider's back office sends them, and the texts city-admin reads back. */
public final class VisitCodeRequests {

    private VisitCodeRequests() {
    }

    /** A validity written as Shanghai local time with its offset, as a back office would. */
    public static Map<String, Object> window(Instant from, Instant until) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("validFrom", from.atZone(BusinessClock.ZONE).toOffsetDateTime().toString());
        body.put("validUntil", until.atZone(BusinessClock.ZONE).toOffsetDateTime().toString());
        return body;
    }

    public static Response issue(String user, Object voucherId, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/vouchers/" + voucherId + "/visit-codes");
    }

    /** What the recording sender kept for the voucher, newest first, as city-admin reads it. */
    public static JsonNode messagesOf(UUID voucherId) {
        String json = given().auth().oauth2(Tokens.forUser("city-admin")).queryParam("voucherId", voucherId.toString())
                .get("/api/v1/admin/messages").then().statusCode(200).extract().asString();
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }
}
