package org.homecare.provider.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.homecare.provider.TestProviders.approvedProvider;
import static org.homecare.provider.TestProviders.as;
import static org.homecare.provider.TestProviders.concurrently;
import static org.homecare.provider.TestProviders.contract;
import static org.homecare.provider.TestProviders.createContract;
import static org.homecare.provider.TestProviders.move;
import static org.homecare.provider.TestProviders.newCreditCode;
import static org.homecare.provider.TestProviders.rate;
import static org.homecare.provider.TestProviders.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Contracts live in 2030 so that the business clock (moved forward by other tests) never reaches them. */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ContractPricingTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    EntityManager entityManager;

    @Inject
    BusinessClock clock;

    @Test
    void a_later_price_applies_from_its_date_and_never_changes_an_earlier_one() {
        UUID provider = approvedProvider();
        UUID contract = createContract(provider, "2030-01-01", "2030-12-31");
        assertThat(price(provider, contract, "R01", "2030-06-30")).isEqualTo(6000);

        as("city-admin").body(rate("R01", 7000, "2030-07-01"))
                .post(contracts(provider) + contract + "/rates").then()
                .statusCode(200)
                .body("rates.findAll { it.itemCode == 'R01' }.unitPriceFen", contains(6000, 7000));

        assertThat(price(provider, contract, "R01", "2030-01-01")).isEqualTo(6000);
        assertThat(price(provider, contract, "R01", "2030-06-30")).isEqualTo(6000);
        assertThat(price(provider, contract, "R01", "2030-07-01")).isEqualTo(7000);
        assertThat(price(provider, contract, "R01", "2030-12-31")).isEqualTo(7000);
        assertThat(price(provider, contract, "H01", "2030-12-31")).isEqualTo(3000);
        as("auditor").queryParam("itemCode", "R01").queryParam("date", "2030-07-01")
                .get(contracts(provider) + contract + "/price").then()
                .body("effectiveFrom", equalTo("2030-07-01")).body("contractId", equalTo(contract.toString()));
    }

    @Test
    void no_price_outside_the_contract_or_for_an_item_it_does_not_cover() {
        UUID provider = approvedProvider();
        UUID contract = createContract(provider, "2030-01-01", "2030-12-31");
        for (String[] query : List.of(new String[] { "R01", "2029-12-31" }, new String[] { "R01", "2031-01-01" },
                new String[] { "R02", "2030-05-01" })) {
            as("city-admin").queryParam("itemCode", query[0]).queryParam("date", query[1])
                    .get(contracts(provider) + contract + "/price").then()
                    .statusCode(404).contentType(PROBLEM_JSON).body("code", equalTo("NO_PRICE"));
        }
        as("city-admin").queryParam("itemCode", "R01").queryParam("date", "next week")
                .get(contracts(provider) + contract + "/price").then()
                .statusCode(400).body("errors.field", hasItem("date"));
        as("city-admin").queryParam("date", "2030-05-01")
                .get(contracts(provider) + contract + "/price").then()
                .statusCode(400).body("errors.field", hasItem("itemCode"));
    }

    @Test
    void a_new_price_must_start_after_today_and_within_the_contract() {
        UUID provider = approvedProvider();
        String today = clock.today().toString();
        UUID contract = createContract(provider, clock.today().minusDays(10).toString(), "2030-12-31");
        long ratesBefore = rateCount(contract);

        as("city-admin").body(rate("R01", 5000, today)).post(contracts(provider) + contract + "/rates").then()
                .statusCode(400).body("errors.field", contains("effectiveFrom"));
        as("city-admin").body(rate("R01", 5000, "2031-01-01")).post(contracts(provider) + contract + "/rates").then()
                .statusCode(400).body("errors.field", contains("effectiveFrom"));
        as("city-admin").body(rate("R01", 5000, "2030-03-01")).post(contracts(provider) + contract + "/rates").then()
                .statusCode(200);
        as("city-admin").body(rate("R01", 5500, "2030-03-01")).post(contracts(provider) + contract + "/rates").then()
                .statusCode(409).body("code", equalTo("RATE_EXISTS"));

        assertThat(rateCount(contract)).isEqualTo(ratesBefore + 1);
    }

    @Test
    void prices_above_the_ceiling_items_outside_the_categories_and_unknown_items_are_400s() {
        UUID provider = approvedProvider();
        String path = "/api/v1/providers/" + provider + "/contracts";
        // R01's ceiling is 8000 fen; the provider offers REHAB and HOUSEKEEPING, not MEAL
        as("city-admin").body(contract("2030-01-01", "2030-12-31", List.of(rate("R01", 8001, "2030-01-01"))))
                .post(path).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("rates[0].unitPriceFen"))
                .body("detail", containsString("8000"));
        as("city-admin").body(contract("2030-01-01", "2030-12-31",
                List.of(rate("R01", 8000, "2030-01-01"), rate("M01", 1000, "2030-01-01"))))
                .post(path).then().statusCode(400).body("errors.field", contains("rates[1].itemCode"));
        as("city-admin").body(contract("2030-01-01", "2030-12-31", List.of(rate("Z99", 1000, "2030-01-01"))))
                .post(path).then().statusCode(400).body("errors.field", contains("rates[0].itemCode"));
        as("city-admin").body(contract("2030-01-01", "2030-12-31", List.of(rate("R01", 0, "2030-01-01"))))
                .post(path).then().statusCode(400).body("errors.field", hasItem("rates[0].unitPriceFen"));
        as("city-admin").body(contract("2030-12-31", "2030-01-01", List.of(rate("R01", 100, "2030-01-01"))))
                .post(path).then().statusCode(400).body("errors.field", contains("validTo"));
        Map<String, Object> elsewhere = new HashMap<>(contract("2030-01-01", "2030-12-31",
                List.of(rate("R01", 100, "2030-01-01"))));
        elsewhere.put("districtCodes", List.of("340102"));
        as("city-admin").body(elsewhere).post(path).then()
                .statusCode(400).body("errors.field", contains("districtCodes[0]"));

        as("city-admin").get(path).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_fractional_or_quoted_price_is_a_400_not_a_rounded_price() {
        UUID provider = approvedProvider();
        UUID contract = createContract(provider, "2030-01-01", "2030-12-31");
        as("city-admin").body(Map.of("itemCode", "R01", "unitPriceFen", 6000.9, "effectiveFrom", "2030-07-01"))
                .post(contracts(provider) + contract + "/rates").then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("unitPriceFen"));
        as("city-admin").body(Map.of("itemCode", "R01", "unitPriceFen", "6000", "effectiveFrom", "2030-07-01"))
                .post(contracts(provider) + contract + "/rates").then()
                .statusCode(400).body("errors.field", hasItem("unitPriceFen"));
        assertThat(rateCount(contract)).isEqualTo(2);
    }

    @Test
    void overlapping_contracts_of_one_provider_are_409s_but_adjacent_ones_are_fine() {
        UUID provider = approvedProvider();
        createContract(provider, "2030-01-01", "2030-06-30");
        as("city-admin").body(contract("2030-06-30", "2030-12-31", List.of(rate("R01", 6000, "2030-06-30"))))
                .post(contracts(provider)).then()
                .statusCode(409).contentType(PROBLEM_JSON).body("code", equalTo("CONTRACT_OVERLAP"));
        createContract(provider, "2030-07-01", "2030-12-31");
        as("city-admin").get(contracts(provider)).then().body("total", equalTo(2));
    }

    @Test
    void four_identical_contracts_created_at_once_give_one_201_and_three_409s() throws Exception {
        UUID provider = approvedProvider();
        Supplier<Response> create = () -> as("city-admin")
                .body(contract("2030-01-01", "2030-12-31", List.of(rate("R01", 6000, "2030-01-01"))))
                .post(contracts(provider));
        assertThat(concurrently(List.of(create, create, create, create)))
                .containsExactlyInAnyOrder(201, 409, 409, 409);
        as("city-admin").get(contracts(provider)).then().body("total", equalTo(1));
    }

    @Test
    void only_an_approved_provider_gets_a_contract() {
        UUID applied = register(newCreditCode());
        UUID suspended = approvedProvider();
        move(suspended, "suspend");
        for (UUID provider : List.of(applied, suspended)) {
            as("city-admin").body(contract("2030-01-01", "2030-12-31", List.of(rate("R01", 6000, "2030-01-01"))))
                    .post(contracts(provider)).then()
                    .statusCode(409).body("code", equalTo("PROVIDER_NOT_APPROVED"))
                    .body("detail", containsString(provider.equals(applied) ? "APPLIED" : "SUSPENDED"));
        }
    }

    @Test
    void an_ended_contract_prices_nothing_after_its_last_day_and_ends_only_once() {
        UUID provider = approvedProvider();
        UUID contract = createContract(provider, "2030-01-01", "2030-12-31");
        as("city-admin").body(Map.of("endOn", "2030-06-30", "reason", "provider moved away"))
                .post(contracts(provider) + contract + "/end").then()
                .statusCode(200).body("status", equalTo("ENDED")).body("endedOn", equalTo("2030-06-30"));

        assertThat(price(provider, contract, "R01", "2030-06-30")).isEqualTo(6000);
        as("city-admin").queryParam("itemCode", "R01").queryParam("date", "2030-07-01")
                .get(contracts(provider) + contract + "/price").then().statusCode(404);
        as("city-admin").body(Map.of("endOn", "2030-05-31", "reason", "again"))
                .post(contracts(provider) + contract + "/end").then()
                .statusCode(409).body("code", equalTo("CONTRACT_NOT_ACTIVE")).body("detail", containsString("ENDED"));
        as("city-admin").body(rate("R01", 5000, "2030-03-01")).post(contracts(provider) + contract + "/rates").then()
                .statusCode(409);
        // the freed second half of the year can be contracted again
        createContract(provider, "2030-07-01", "2030-12-31");
    }

    @Test
    void a_contract_cannot_be_ended_in_the_past_or_after_its_period() {
        UUID provider = approvedProvider();
        UUID contract = createContract(provider, "2030-01-01", "2030-12-31");
        as("city-admin").body(Map.of("endOn", clock.today().minusDays(1).toString(), "reason", "x"))
                .post(contracts(provider) + contract + "/end").then()
                .statusCode(400).body("errors.field", contains("endOn"));
        as("city-admin").body(Map.of("endOn", "2031-01-01", "reason", "x"))
                .post(contracts(provider) + contract + "/end").then()
                .statusCode(400).body("errors.field", contains("endOn"));
        as("city-admin").get(contracts(provider) + contract).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void every_contract_change_leaves_an_audit_record() {
        UUID provider = approvedProvider();
        UUID contract = createContract(provider, "2030-01-01", "2030-12-31");
        as("city-admin").body(rate("R01", 7000, "2030-07-01")).post(contracts(provider) + contract + "/rates");
        as("city-admin").body(Map.of("endOn", "2030-09-30", "reason", "x")).post(contracts(provider) + contract + "/end");
        assertThat(entityManager.createNativeQuery(
                "select action from audit_record where object_id = ?1 order by at").setParameter(1, contract.toString())
                .getResultList())
                .containsExactly("CONTRACT_ACTIVATED", "CONTRACT_RATE_ADDED", "CONTRACT_ENDED");
    }

    private static String contracts(UUID provider) {
        return "/api/v1/providers/" + provider + "/contracts/";
    }

    private static long price(UUID provider, UUID contract, String item, String date) {
        return ((Number) as("city-admin").queryParam("itemCode", item)
                .queryParam("date", date).get(contracts(provider) + contract + "/price").then()
                .statusCode(200).extract().path("unitPriceFen")).longValue();
    }

    private long rateCount(UUID contract) {
        return ((Number) entityManager.createNativeQuery("select count(*) from contract_rate where contract_id = ?1")
                .setParameter(1, contract).getSingleResult()).longValue();
    }
}
