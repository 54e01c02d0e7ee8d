package org.homecare.voucher.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homecare.deploy.test.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every item of a paged list endpoint, page after page of 500, as a user sees it. */
public final class AllPages {

    private static final int SIZE = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AllPages() {
    }

    public static List<JsonNode> of(String user, String path, Map<String, String> filters) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0;; page++) {
            String body = given().auth().oauth2(Tokens.forUser(user)).queryParams(filters).queryParam("size", SIZE)
                    .queryParam("page", page).get(path).then().statusCode(200).extract().asString();
            JsonNode answer = read(body);
            answer.path("items").forEach(items::add);
            if ((page + 1L) * SIZE >= answer.path("total").asLong()) {
                return items;
            }
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
