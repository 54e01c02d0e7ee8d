package org.homecare.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.events.VoucherEvents.VoucherIssued;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.eligibility.Elders;
import org.homecare.eligibility.IdNumbers;
import org.homecare.eligibility.VoucherTopic;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** GET /api/v1/elders: the ways staff find their people, always inside their districts. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ElderSearchTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String YAOHAI = "340102";
    private static final String LUYANG = "340103";

    @Inject
    EntityManager entityManager;

    @Test
    void finds_an_elder_by_identity_number_through_its_keyed_hash() {
        Map<String, Object> body = registration(uniqueSurname() + "秀英", YAOHAI, "明光路街道");
        UUID id = register("caseworker-yaohai", body);
        String number = (String) body.get("idNumber");

        search("caseworker-yaohai", "idNumber=" + number).body("total", equalTo(1))
                .body("items[0].id", equalTo(id.toString())).body("items[0].idNumber", equalTo(number));
        search("auditor", "idNumber=" + number).body("total", equalTo(1))
                .body("items[0].idNumber", not(equalTo(number))).body("items[0].personalDataMasked", equalTo(true))
                .body("items[0].birthDate", equalTo(null));

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select id_number_hash from elder where id = ?1").setParameter(1, id)
                .getSingleResult());
        assertThat(stored).matches("[0-9a-f]{64}").doesNotContain(number.substring(6, 14));
    }

    @Test
    void finds_by_name_prefix_in_code_point_order_and_only_in_the_callers_districts() {
        String surname = uniqueSurname();
        UUID second = register("caseworker-yaohai", registration(surname + "玉兰", YAOHAI, "明光路街道"));
        UUID first = register("caseworker-yaohai", registration(surname + "建国", YAOHAI, "明光路街道"));
        UUID luyang = register("caseworker-luyang", registration(surname + "玉珍", LUYANG, "三孝口街道"));

        List<String> yaohai = search("caseworker-yaohai", "name=" + surname).body("total", equalTo(2))
                .extract().path("items.id");
        // 建 (U+5EFA) before 玉 (U+7389)
        assertThat(yaohai).containsExactly(first.toString(), second.toString());
        search("caseworker-yaohai", "name=" + surname + "玉").body("total", equalTo(1))
                .body("items[0].id", equalTo(second.toString()));
        search("city-admin", "name=" + surname).body("total", equalTo(3));
        search("auditor-yaohai", "name=" + surname).body("total", equalTo(2))
                .body("items.id", not(hasItem(luyang.toString())));
        search("caseworker-luyang", "name=" + surname).body("total", equalTo(1))
                .body("items[0].id", equalTo(luyang.toString()));
        search("caseworker", "name=" + surname + "&district=" + LUYANG).body("total", equalTo(1));
    }

    @Test
    void a_district_filter_outside_the_callers_districts_is_404() {
        given().auth().oauth2(Tokens.forUser("caseworker-yaohai")).get("/api/v1/elders?district=" + LUYANG).then()
                .statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.forUser("auditor-yaohai")).get("/api/v1/elders?district=" + LUYANG).then()
                .statusCode(404);
    }

    @Test
    void filters_by_street_prefix_and_current_eligibility() {
        String surname = uniqueSurname();
        String street = "测试" + surname + "街道";
        UUID eligible = register("caseworker-yaohai", registration(surname + "一", YAOHAI, street + "1号"));
        Map<String, Object> young = registration(surname + "二", YAOHAI, street + "2号");
        young.put("idNumber", IdNumbers.bornOn(LocalDate.now().minusYears(40)));
        UUID notEligible = register("caseworker-yaohai", young);

        search("caseworker-yaohai", "street=" + street).body("total", equalTo(2));
        search("caseworker-yaohai", "street=" + street + "&eligible=true").body("total", equalTo(1))
                .body("items[0].id", equalTo(eligible.toString())).body("items[0].eligible", equalTo(true));
        search("caseworker-yaohai", "street=" + street + "&eligible=false").body("total", equalTo(1))
                .body("items[0].id", equalTo(notEligible.toString()));
        search("caseworker-yaohai", "street=" + street + "&district=" + YAOHAI + "&name=" + surname + "一")
                .body("total", equalTo(1));
    }

    @Test
    void bad_filters_are_400_naming_the_parameter_and_never_echo_an_identity_number() {
        String wrong = IdNumbers.bornOn(LocalDate.of(1950, 1, 1)).substring(0, 17) + "Y";
        given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders?idNumber=" + wrong).then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("idNumber"))
                .body(not(containsString(wrong.substring(0, 14))));
        for (String query : List.of("eligible=yes", "district=3401", "size=501", "page=-1",
                "name=" + "王".repeat(101))) {
            String field = query.substring(0, query.indexOf('='));
            given().auth().oauth2(Tokens.forUser("caseworker")).get("/api/v1/elders?" + query).then()
                    .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(field));
        }
        given().auth().oauth2(Tokens.forUser("provider-a")).get("/api/v1/elders?name=王").then().statusCode(403);
    }

    @Test
    void the_elder_shows_the_voucher_voucher_service_issued_for_it() {
        UUID elder = register("caseworker-yaohai", registration(uniqueSurname() + "桂芳", YAOHAI, "明光路街道"));
        UUID voucher = UUID.randomUUID();
        VoucherIssued issued = new VoucherIssued(voucher, elder, YAOHAI, 60_000, List.of("MEAL"),
                LocalDate.now(), "3401000000001234");
        UUID eventId = UUID.randomUUID();
        VoucherTopic.publish(eventId, issued);
        VoucherTopic.publish(eventId, issued);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(Tokens.forUser("caseworker-yaohai")).get("/api/v1/elders/" + elder).then().statusCode(200)
                .body("voucherId", equalTo(voucher.toString()))
                .body("voucherCardNumber", equalTo("3401000000001234")));
        search("caseworker-yaohai", "idNumber=" + idNumberOf(elder)).body("items[0].voucherId",
                equalTo(voucher.toString()));
    }

    private String idNumberOf(UUID elder) {
        return given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/elders/" + elder).then()
                .extract().path("idNumber");
    }

    /** A surname no other test uses: two random characters of the CJK block. */
    private static String uniqueSurname() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new String(Character.toChars(0x4E00 + random.nextInt(0x5000)))
                + new String(Character.toChars(0x4E00 + random.nextInt(0x5000)));
    }

    private static Map<String, Object> registration(String name, String district, String street) {
        Map<String, Object> body = Elders.registration(LocalDate.of(1945, 1, 1).plusDays(
                ThreadLocalRandom.current().nextInt(3000)), district, "ALONE", "DIBAO");
        body.put("name", name);
        body.put("street", street);
        return body;
    }

    private static UUID register(String user, Map<String, Object> body) {
        return UUID.fromString(given().auth().oauth2(Tokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/elders").then().statusCode(201).extract().path("id"));
    }

    private static ValidatableResponse search(String user, String query) {
        return given().auth().oauth2(Tokens.forUser(user)).get("/api/v1/elders?" + query).then().statusCode(200);
    }
}
