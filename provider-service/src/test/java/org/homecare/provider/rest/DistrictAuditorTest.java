package org.homecare.provider.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.homecare.provider.TestProviders.as;
import static org.homecare.provider.TestProviders.move;
import static org.homecare.provider.TestProviders.newCreditCode;
import static org.homecare.provider.TestProviders.newIdNumber;
import static org.homecare.provider.TestProviders.rate;
import static org.homecare.provider.TestProviders.registerCaregiver;
import static org.homecare.provider.TestProviders.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * {@code auditor-yaohai} (an auditor whose token names district 340102) against {@code auditor} (city-wide): a
 * provider serving Yaohai and Shushan, and one serving Shushan only, each with contracts and a caregiver. The district
 * auditor sees the first provider and its Yaohai contract only; everything else answers 404, as if it did not exist.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class DistrictAuditorTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String YAOHAI = "340102";
    private static final String SHUSHAN = "340104";
    private static final String DISTRICT_AUDITOR = "auditor-yaohai";

    UUID yaohaiAndShushan;
    UUID shushanOnly;
    UUID yaohaiContract;
    UUID shushanContractOfYaohaiProvider;
    UUID shushanContract;
    UUID yaohaiProviderCaregiver;
    UUID shushanCaregiver;

    @BeforeEach
    void two_providers_in_different_districts() {
        yaohaiAndShushan = approved(List.of(YAOHAI, SHUSHAN));
        shushanOnly = approved(List.of(SHUSHAN));
        // one provider's contracts may not overlap in time
        yaohaiContract = contract(yaohaiAndShushan, "2061", List.of(YAOHAI));
        shushanContractOfYaohaiProvider = contract(yaohaiAndShushan, "2062", List.of(SHUSHAN));
        shushanContract = contract(shushanOnly, "2061", List.of(SHUSHAN));
        yaohaiProviderCaregiver = registerCaregiver("city-admin", yaohaiAndShushan, newIdNumber());
        shushanCaregiver = registerCaregiver("city-admin", shushanOnly, newIdNumber());
    }

    @Test
    void district_auditor_lists_only_providers_serving_its_districts() {
        JsonPath listed = as(DISTRICT_AUDITOR).get("/api/v1/providers?size=500").then().statusCode(200).extract()
                .jsonPath();
        assertThat(listed.getList("items.id")).contains(yaohaiAndShushan.toString())
                .doesNotContain(shushanOnly.toString());
        List<List<String>> districts = listed.getList("items.districtCodes");
        assertThat(districts).isNotEmpty().allSatisfy(codes -> assertThat(codes).contains(YAOHAI));
        assertThat(listed.getLong("total")).isEqualTo(districts.size());

        assertThat(as("auditor").get("/api/v1/providers?size=500").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).contains(yaohaiAndShushan.toString(), shushanOnly.toString());
        assertThat(as("auditor").get("/api/v1/providers?size=500&district=" + SHUSHAN).then().statusCode(200)
                .extract().jsonPath().getList("items.id"))
                .contains(yaohaiAndShushan.toString(), shushanOnly.toString());
        assertThat(as("auditor").get("/api/v1/providers?size=500&district=" + YAOHAI).then().statusCode(200)
                .extract().jsonPath().getList("items.id")).contains(yaohaiAndShushan.toString())
                .doesNotContain(shushanOnly.toString());
    }

    @Test
    void a_list_filter_naming_another_district_is_404_for_the_district_auditor() {
        as(DISTRICT_AUDITOR).get("/api/v1/providers?district=" + SHUSHAN).then().statusCode(404)
                .contentType(PROBLEM_JSON);
        as(DISTRICT_AUDITOR).get("/api/v1/providers/" + yaohaiAndShushan + "/contracts?district=" + SHUSHAN)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        assertThat(as(DISTRICT_AUDITOR).get("/api/v1/providers?size=500&district=" + YAOHAI).then().statusCode(200)
                .extract().jsonPath().getList("items.id")).contains(yaohaiAndShushan.toString());
        as(DISTRICT_AUDITOR).get("/api/v1/providers?district=3401").then().statusCode(400)
                .body("errors[0].field", equalTo("district"));
    }

    @Test
    void district_auditor_sees_only_the_contracts_covering_its_districts() {
        String contracts = "/api/v1/providers/" + yaohaiAndShushan + "/contracts";
        assertThat(as(DISTRICT_AUDITOR).get(contracts).then().statusCode(200).extract().jsonPath()
                .getList("items.id")).containsExactly(yaohaiContract.toString());
        assertThat(as("auditor").get(contracts).then().statusCode(200).extract().jsonPath().getList("items.id"))
                .containsExactly(yaohaiContract.toString(), shushanContractOfYaohaiProvider.toString());
        assertThat(as("auditor").get(contracts + "?district=" + SHUSHAN).then().statusCode(200).extract()
                .jsonPath().getList("items.id")).containsExactly(shushanContractOfYaohaiProvider.toString());
        as(DISTRICT_AUDITOR).get(contracts + "/" + yaohaiContract).then().statusCode(200);
        as(DISTRICT_AUDITOR).get(contracts + "/" + shushanContractOfYaohaiProvider).then().statusCode(404)
                .contentType(PROBLEM_JSON);
        as("auditor").get(contracts + "/" + shushanContractOfYaohaiProvider).then().statusCode(200);
    }

    @Test
    void district_auditor_meets_every_endpoint_taking_an_id_in_its_scope_only() {
        String yaohai = "/api/v1/providers/" + yaohaiAndShushan;
        String shushan = "/api/v1/providers/" + shushanOnly;

        for (String path : List.of(yaohai, yaohai + "/bank-account", yaohai + "/contracts",
                yaohai + "/contracts/" + yaohaiContract, yaohai + "/caregivers",
                yaohai + "/caregivers/" + yaohaiProviderCaregiver)) {
            as(DISTRICT_AUDITOR).get(path).then().statusCode(200);
        }
        price(DISTRICT_AUDITOR, yaohai + "/contracts/" + yaohaiContract, "2061").then().statusCode(200)
                .body("unitPriceFen", equalTo(6000));

        for (String path : List.of(shushan, shushan + "/bank-account", shushan + "/contracts",
                shushan + "/contracts/" + shushanContract, shushan + "/caregivers",
                shushan + "/caregivers/" + shushanCaregiver,
                yaohai + "/contracts/" + shushanContractOfYaohaiProvider)) {
            as(DISTRICT_AUDITOR).get(path).then().statusCode(404).contentType(PROBLEM_JSON);
            as("auditor").get(path).then().statusCode(200);
        }
        price(DISTRICT_AUDITOR, shushan + "/contracts/" + shushanContract, "2061").then().statusCode(404);
        price("auditor", shushan + "/contracts/" + shushanContract, "2061").then().statusCode(200);
        price(DISTRICT_AUDITOR, yaohai + "/contracts/" + shushanContractOfYaohaiProvider, "2062").then()
                .statusCode(404).contentType(PROBLEM_JSON);
        // another provider's objects under the visible provider's id
        as(DISTRICT_AUDITOR).get(yaohai + "/contracts/" + shushanContract).then().statusCode(404);
        as(DISTRICT_AUDITOR).get(yaohai + "/caregivers/" + shushanCaregiver).then().statusCode(404);

        // the city-admin's and providers' endpoints stay closed to an auditor, in its districts or not
        for (String provider : List.of(yaohai, shushan)) {
            for (String action : List.of("approve", "suspend", "reinstate", "terminate")) {
                forbidden(as(DISTRICT_AUDITOR).body(Map.of("reason", "x")).post(provider + "/" + action));
            }
            forbidden(as(DISTRICT_AUDITOR).body(Map.of("accountName", "x", "bankName", "x", "bankCode",
                    "102361000018", "accountNumber", "6222021234567890123")).put(provider + "/bank-account"));
            forbidden(as(DISTRICT_AUDITOR).body(Map.of("validFrom", "2063-01-01", "validTo", "2063-12-31",
                    "districtCodes", List.of(YAOHAI), "rates", List.of(rate("R01", 100, "2063-01-01"))))
                    .post(provider + "/contracts"));
            forbidden(as(DISTRICT_AUDITOR).body(Map.of("idNumber", newIdNumber(), "name", "王五",
                    "certificationLevel", 3)).post(provider + "/caregivers"));
        }
        for (String contract : List.of(yaohai + "/contracts/" + yaohaiContract,
                shushan + "/contracts/" + shushanContract)) {
            forbidden(as(DISTRICT_AUDITOR).body(rate("R01", 100, "2099-01-01")).post(contract + "/rates"));
            forbidden(as(DISTRICT_AUDITOR).body(Map.of("endOn", "2061-06-30", "reason", "x")).post(contract + "/end"));
        }
        forbidden(as(DISTRICT_AUDITOR).delete(yaohai + "/caregivers/" + yaohaiProviderCaregiver));
        forbidden(as(DISTRICT_AUDITOR).delete(shushan + "/caregivers/" + shushanCaregiver));
        as("city-admin").get(shushan).then().body("status", equalTo("APPROVED"));
        as("city-admin").get(shushan + "/caregivers/" + shushanCaregiver).then().body("status", equalTo("ACTIVE"));
    }

    private static void forbidden(Response response) {
        response.then().statusCode(403).contentType(PROBLEM_JSON).body("code", nullValue());
    }

    private static Response price(String user, String contract, String year) {
        return as(user).queryParam("itemCode", "R01").queryParam("date", year + "-03-01").get(contract + "/price");
    }

    private static UUID approved(List<String> districts) {
        Map<String, Object> registration = new HashMap<>(registration(newCreditCode()));
        registration.put("districtCodes", districts);
        UUID provider = UUID.fromString(as("city-admin").body(registration).post("/api/v1/providers").then()
                .statusCode(201).extract().path("id"));
        move(provider, "approve");
        return provider;
    }

    private static UUID contract(UUID provider, String year, List<String> districts) {
        return UUID.fromString(as("city-admin").body(Map.of("validFrom", year + "-01-01", "validTo", year + "-12-31",
                "districtCodes", districts, "rates", List.of(rate("R01", 6000, year + "-01-01"))))
                .post("/api/v1/providers/" + provider + "/contracts").then().statusCode(201).extract().path("id"));
    }
}
