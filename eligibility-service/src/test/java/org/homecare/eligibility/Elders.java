package org.homecare.eligibility;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.homecare.deploy.test.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Registers test elders through the REST API: as the caseworker of all Hefei districts, or as city-admin for an elder
 * outside Hefei (no caseworker owns such a district).
 */
public final class Elders {

    private static final String HEFEI = "3401";

    public static Map<String, Object> registration(LocalDate birthDate, String district, String living,
            String income) {
        Map<String, Object> body = new HashMap<>();
        body.put("idNumber", IdNumbers.bornOn(birthDate));
        body.put("name", "张桂兰");
        body.put("phone", "13812345678");
        body.put("districtCode", district);
        body.put("street", "340102001");
        body.put("localHukou", true);
        body.put("livingArrangement", living);
        body.put("incomeStatus", income);
        return body;
    }

    /** The body with a home location, as a caseworker records it with the address. */
    public static Map<String, Object> withHome(Map<String, Object> body, double latitude, double longitude) {
        body.put("homeLatitude", latitude);
        body.put("homeLongitude", longitude);
        return body;
    }

    public static UUID register(LocalDate birthDate, String district, String living, String income) {
        return UUID.fromString(post(registration(birthDate, district, living, income)).then().statusCode(201)
                .extract().path("id"));
    }

    public static Response post(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.forUser(userFor((String) body.get("districtCode"))))
                .contentType(ContentType.JSON).body(body).post("/api/v1/elders");
    }

    /** The user who owns an elder of {@code district}: Hefei's caseworker, else city-admin. */
    public static String userFor(String district) {
        return district != null && district.startsWith(HEFEI) ? "caseworker" : "city-admin";
    }

    public static Response patchFacts(UUID elder, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON).body(body)
                .patch("/api/v1/elders/" + elder + "/facts");
    }

    /** As city-admin, who sees elders of every district, Hefei's or not. */
    public static Response eligibility(UUID elder) {
        return given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/elders/" + elder + "/eligibility");
    }

    private Elders() {
    }
}
