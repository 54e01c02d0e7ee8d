package org.homecare.provider.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.homecare.provider.TestProviders.as;

import java.util.List;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.provider.TestProviders;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class CatalogueResourceTest {

    /** Tests add items with codes T...: the seeded sample is counted without them. */
    @Test
    void every_role_reads_the_seeded_catalogue_of_3_categories_and_38_items() {
        TestProviders.providerOf("provider-a", TestProviders.PROVIDER_A_CODE);
        List<String> tokens = List.of(Tokens.forUser("city-admin"), Tokens.forUser("caseworker"),
                Tokens.forUser("auditor"), Tokens.forUser("provider-a"), Tokens.forPlatform());
        for (String token : tokens) {
            given().auth().oauth2(token).get("/api/v1/catalogue").then()
                    .statusCode(200)
                    .body("itemCount", greaterThanOrEqualTo(38))
                    .body("categories.code", containsInAnyOrder("REHAB", "HOUSEKEEPING", "MEAL"))
                    .body(seeded("REHAB"), hasSize(12))
                    .body(seeded("HOUSEKEEPING"), hasSize(16))
                    .body(seeded("MEAL"), hasSize(10))
                    .body("categories.find { it.code == 'MEAL' }.nameZh", equalTo("助餐服务"))
                    .body("categories.find { it.code == 'REHAB' }.items.find { it.code == 'R01' }.ceilingPriceFen",
                            equalTo(8000))
                    .body("categories.items.flatten().ceilingPriceFen", everyItem(greaterThan(0)));
        }
    }

    @Test
    void seeded_items_carry_duration_rules_by_unit() {
        var catalogue = as("auditor").get("/api/v1/catalogue").then().statusCode(200);
        String items = "categories.items.flatten().findAll { !it.code.startsWith('T') }";
        catalogue.body(items + ".findAll { it.unit == 'HOUR' }.code",
                        containsInAnyOrder("R10", "H01", "H06", "H09", "H11", "H12", "H16", "M04"))
                .body(items + ".findAll { it.unit == 'HOUR' }.unitRounding", everyItem(equalTo("HALF_UP")))
                .body(items + ".findAll { it.unit == 'HOUR' }.minMinutes", everyItem(equalTo(30)))
                .body(items + ".findAll { it.unit != 'HOUR' }.unitRounding", everyItem(nullValue()))
                .body(items + ".findAll { it.unit == 'MEAL' }.minMinutes", everyItem(nullValue()))
                .body(item("R01") + ".minMinutes", equalTo(30))
                .body(item("R02") + ".minMinutes", equalTo(23))
                .body(item("H08") + ".minMinutes", equalTo(45))
                .body(item("R08") + ".minMinutes", equalTo(8))
                .body(item("H07") + ".minMinutes", nullValue())
                .body(item("H13") + ".minMinutes", nullValue())
                .body(item("M06") + ".minMinutes", equalTo(15));
    }

    private static String item(String code) {
        return "categories.items.flatten().find { it.code == '" + code + "' }";
    }

    private static String seeded(String category) {
        return "categories.find { it.code == '" + category + "' }.items.findAll { !it.code.startsWith('T') }";
    }

    @Test
    void catalogue_needs_a_token() {
        given().get("/api/v1/catalogue").then().statusCode(401).contentType("application/problem+json");
    }
}
