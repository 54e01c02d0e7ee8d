package org.homecare.voucher.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Service-log request bodies and calls as a provider's back office would send them. */
public final class LogRequests {

    private LogRequests() {
    }

    public static Map<String, Object> log(String providerLogId, UUID voucherId, UUID caregiverId, String itemCode,
            Instant start, Instant end, int units) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerLogId", providerLogId);
        body.put("voucherId", voucherId.toString());
        body.put("caregiverId", caregiverId.toString());
        body.put("itemCode", itemCode);
        body.put("startTime", OffsetDateTime.ofInstant(start, BusinessClock.ZONE).toString());
        body.put("endTime", OffsetDateTime.ofInstant(end, BusinessClock.ZONE).toString());
        body.put("units", units);
        body.put("latitude", 31.86);
        body.put("longitude", 117.28);
        body.put("confirmation", "SIGNATURE");
        return body;
    }

    /** The same log naming its voucher by the number on its card instead of its id. */
    public static Map<String, Object> logByCard(String providerLogId, String cardNumber, UUID caregiverId,
            String itemCode, Instant start, Instant end, int units) {
        Map<String, Object> body = log(providerLogId, UUID.randomUUID(), caregiverId, itemCode, start, end, units);
        body.remove("voucherId");
        body.put("voucherNumber", cardNumber);
        return body;
    }

    public static Response submit(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/service-logs");
    }

    public static Response submitBatch(String user, List<Map<String, Object>> logs) {
        return given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON).body(Map.of("logs", logs))
                .post("/api/v1/service-logs/batch");
    }

    public static String newLogId() {
        return "L-" + UUID.randomUUID();
    }
}
