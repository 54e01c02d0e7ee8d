package org.homecare.settlement.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.homecare.settlement.TestEvents.PROVIDER_A;
import static org.homecare.settlement.TestEvents.accepted;
import static org.homecare.settlement.TestEvents.awaitApplied;
import static org.homecare.settlement.TestEvents.publish;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.settlement.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Settlement knows elders by id only: no report, JSON or CSV, for an auditor (who sees identity numbers masked) or a
 * city-admin, has a column for an identity number, phone, sex or birth date, from which a masked number could be
 * completed.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ElderReportPrivacyTest {

    private static final String PERIOD = "2023-11";
    private static final List<String> REPORTS = List.of("summary", "by-district", "by-provider", "by-item",
            "rejections", "elder-usage", "anomalies");

    @Inject
    EntityManager em;

    @Test
    void reports_name_elders_by_id_without_birth_date_in_json_and_csv() {
        TestEvents.approveDevProviders(em);
        var log = accepted(PROVIDER_A, PERIOD, "HK01", 1_800);
        awaitApplied(em, List.of(publish(log)));

        for (String user : List.of("auditor", "city-admin")) {
            for (String report : REPORTS) {
                String path = "/api/v1/reports/" + report + "?period=" + PERIOD;
                JsonPath json = given().auth().oauth2(Tokens.forUser(user)).get(path).then().statusCode(200)
                        .extract().jsonPath();
                List<String> header = Csv.parse(given().auth().oauth2(Tokens.forUser(user)).accept("text/csv")
                        .get(path).then().statusCode(200).extract().asString()).get(0);
                assertThat(header).as(user + " " + report).containsExactlyElementsOf(json.getList("columns"))
                        .noneMatch(column -> column.matches("(?i).*(birth|idnumber|phone|sex).*"));
            }
        }
        JsonPath usage = given().auth().oauth2(Tokens.forUser("auditor"))
                .get("/api/v1/reports/elder-usage?period=" + PERIOD).then().statusCode(200).extract().jsonPath();
        assertThat(usage.getList("columns")).containsExactly("elderId", "districtCode", "visits", "units",
                "amountFen", "providers");
        assertThat(usage.getList("items.elderId")).containsExactly(log.elderId().toString());
    }
}
