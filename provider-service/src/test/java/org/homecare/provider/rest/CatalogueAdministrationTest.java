package org.homecare.provider.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.homecare.provider.TestProviders.approvedProvider;
import static org.homecare.provider.TestProviders.as;
import static org.homecare.provider.TestProviders.contract;
import static org.homecare.provider.TestProviders.rate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.provider.TestProviders;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class CatalogueAdministrationTest {

    @Inject
    BusinessClock clock;

    @Test
    void city_admin_adds_an_item_that_every_role_then_reads_and_contracts_may_price() {
        String code = newItemCode();
        as("city-admin").body(item(code)).post("/api/v1/catalogue/items").then()
                .statusCode(201).body("code", equalTo(code)).body("ceilingPriceFen", equalTo(4500));
        TestProviders.providerOf("provider-a", TestProviders.PROVIDER_A_CODE);
        as("provider-a").get("/api/v1/catalogue").then().statusCode(200)
                .body("categories.find { it.code == 'REHAB' }.items.code", hasItem(code));
        as("city-admin").body(item(code)).post("/api/v1/catalogue/items").then()
                .statusCode(409).body("code", equalTo("ITEM_EXISTS"));

        UUID provider = approvedProvider();
        as("city-admin").body(contract("2030-01-01", "2030-12-31", List.of(rate(code, 4500, "2030-01-01"))))
                .post("/api/v1/providers/" + provider + "/contracts").then().statusCode(201);
    }

    @Test
    void a_later_ceiling_applies_to_prices_from_its_date_only() {
        String code = newItemCode();
        as("city-admin").body(item(code)).post("/api/v1/catalogue/items").then().statusCode(201);
        as("city-admin").body(Map.of("ceilingPriceFen", 5000, "effectiveFrom", "2030-07-01"))
                .post("/api/v1/catalogue/items/" + code + "/ceilings").then().statusCode(201);
        as("auditor").get("/api/v1/catalogue").then()
                .body("categories.find { it.code == 'REHAB' }.items.find { it.code == '" + code
                        + "' }.ceilingPriceFen", equalTo(4500))
                .body("categories.find { it.code == 'REHAB' }.items.find { it.code == '" + code
                        + "' }.laterCeilings.ceilingPriceFen", contains(5000));

        UUID provider = approvedProvider();
        String path = "/api/v1/providers/" + provider + "/contracts";
        as("city-admin").body(contract("2030-01-01", "2030-12-31",
                List.of(rate(code, 4500, "2030-01-01"), rate(code, 5000, "2030-06-30"))))
                .post(path).then().statusCode(400).body("errors.field", contains("rates[1].unitPriceFen"));
        as("city-admin").body(contract("2030-01-01", "2030-12-31",
                List.of(rate(code, 4500, "2030-01-01"), rate(code, 5000, "2030-07-01"))))
                .post(path).then().statusCode(201);
    }

    @Test
    void a_ceiling_cannot_change_today_or_the_past_and_bad_items_are_400s() {
        String code = newItemCode();
        as("city-admin").body(item(code)).post("/api/v1/catalogue/items").then().statusCode(201);
        as("city-admin").body(Map.of("ceilingPriceFen", 5000, "effectiveFrom", clock.today().toString()))
                .post("/api/v1/catalogue/items/" + code + "/ceilings").then()
                .statusCode(400).body("errors.field", contains("effectiveFrom"));
        as("city-admin").body(Map.of("ceilingPriceFen", 5000, "effectiveFrom", "2030-01-01"))
                .post("/api/v1/catalogue/items/NOPE/ceilings").then().statusCode(404);

        Map<String, Object> badCategory = new HashMap<>(item(newItemCode()));
        badCategory.put("category", "GARDENING");
        as("city-admin").body(badCategory).post("/api/v1/catalogue/items").then()
                .statusCode(400).body("errors.field", contains("category"));
        Map<String, Object> badUnit = new HashMap<>(item(newItemCode()));
        badUnit.put("unit", "LITRE");
        as("city-admin").body(badUnit).post("/api/v1/catalogue/items").then()
                .statusCode(400).body("errors.field", hasItem("unit"));
        Map<String, Object> free = new HashMap<>(item(newItemCode()));
        free.put("ceilingPriceFen", 0);
        as("city-admin").body(free).post("/api/v1/catalogue/items").then()
                .statusCode(400).body("errors.field", hasItem("ceilingPriceFen"));
    }

    @Test
    void city_admin_sets_an_items_duration_rules_and_the_catalogue_shows_them() {
        String hourly = newItemCode();
        Map<String, Object> hourItem = new HashMap<>(item(hourly));
        hourItem.putAll(Map.of("unit", "HOUR", "normMinutes", 60, "minMinutes", 90, "unitRounding", "DOWN"));
        as("city-admin").body(hourItem).post("/api/v1/catalogue/items").then().statusCode(201)
                .body("minMinutes", equalTo(90)).body("unitRounding", equalTo("DOWN"));
        String visit = newItemCode();
        as("city-admin").body(item(visit)).post("/api/v1/catalogue/items").then().statusCode(201)
                .body("minMinutes", nullValue()).body("unitRounding", nullValue());

        String items = "categories.find { it.code == 'REHAB' }.items";
        as("provider-a").get("/api/v1/catalogue").then().statusCode(200)
                .body(items + ".find { it.code == '" + hourly + "' }.minMinutes", equalTo(90))
                .body(items + ".find { it.code == '" + hourly + "' }.unitRounding", equalTo("DOWN"))
                .body(items + ".find { it.code == '" + visit + "' }.minMinutes", nullValue());
    }

    @Test
    void rounding_belongs_to_hour_items_only_and_minimums_stay_in_range() {
        Map<String, Object> hourWithoutRounding = new HashMap<>(item(newItemCode()));
        hourWithoutRounding.put("unit", "HOUR");
        Map<String, Object> visitWithRounding = new HashMap<>(item(newItemCode()));
        visitWithRounding.put("unitRounding", "HALF_UP");
        Map<String, Object> mealWithRounding = new HashMap<>(item(newItemCode()));
        mealWithRounding.putAll(Map.of("unit", "MEAL", "unitRounding", "UP"));
        Map<String, Object> unknownRounding = new HashMap<>(item(newItemCode()));
        unknownRounding.putAll(Map.of("unit", "HOUR", "unitRounding", "NEAREST"));
        for (Map<String, Object> body : List.of(hourWithoutRounding, visitWithRounding, mealWithRounding,
                unknownRounding)) {
            as("city-admin").body(body).post("/api/v1/catalogue/items").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("unitRounding"));
        }

        for (int minutes : List.of(-1, 1441)) {
            Map<String, Object> outOfRange = new HashMap<>(item(newItemCode()));
            outOfRange.put("minMinutes", minutes);
            as("city-admin").body(outOfRange).post("/api/v1/catalogue/items").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("minMinutes"));
        }
        Map<String, Object> longerThanNorm = new HashMap<>(item(newItemCode()));
        longerThanNorm.put("minMinutes", 41);
        as("city-admin").body(longerThanNorm).post("/api/v1/catalogue/items").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("minMinutes"));
    }

    @Test
    void only_city_admin_changes_the_catalogue() {
        for (String user : List.of("auditor", "caseworker", "provider-a")) {
            as(user).body(item(newItemCode())).post("/api/v1/catalogue/items").then().statusCode(403);
            as(user).body(Map.of("ceilingPriceFen", 5000, "effectiveFrom", "2030-01-01"))
                    .post("/api/v1/catalogue/items/R01/ceilings").then().statusCode(403);
        }
        as("city-admin").get("/api/v1/catalogue").then()
                .body("categories.find { it.code == 'REHAB' }.items.find { it.code == 'R01' }.laterCeilings",
                        empty());
    }

    private static String newItemCode() {
        return "T" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static Map<String, Object> item(String code) {
        return Map.of("code", code, "category", "REHAB", "nameZh", "康复测试", "nameEn", "Rehabilitation test",
                "unit", "VISIT", "ceilingPriceFen", 4500, "normMinutes", 40);
    }
}
