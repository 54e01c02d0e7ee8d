package org.homecare.eligibility;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.homecare.deploy.test.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Registers test elders through the REST API as a caseworker. */
public final class Elders {

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

    public static UUID register(LocalDate birthDate, String district, String living, String income) {
        return UUID.fromString(post(registration(birthDate, district, living, income)).then().statusCode(201)
                .extract().path("id"));
    }

    public static Response post(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/elders");
    }

    public static Response patchFacts(UUID elder, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.forUser("caseworker")).contentType(ContentType.JSON).body(body)
                .patch("/api/v1/elders/" + elder + "/facts");
    }

    public static Response eligibility(UUID elder) {
        return given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders/" + elder + "/eligibility");
    }

    private Elders() {
    }
}
