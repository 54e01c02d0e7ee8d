package org.homecare.settlement.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.homecare.settlement.TestEvents.accepted;
import static org.homecare.settlement.TestEvents.awaitApplied;
import static org.homecare.settlement.TestEvents.count;
import static org.homecare.settlement.TestEvents.publish;
import static org.homecare.settlement.TestEvents.published;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.VoucherEvents.ServiceLogAccepted;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * A month closes only once its submission window has ended. Its own application (profile): the window is set the way
 * a stack sets it, through voucher-service's key, and the business clock moved here stays in this application.
 */
@QuarkusTest
@TestProfile(SubmissionWindowCloseTest.ThreeDayWindow.class)
@WithTestResource(RealComponentsTestResource.class)
class SubmissionWindowCloseTest {

    public static class ThreeDayWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("homecare.voucher.submission-window-days", "3");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Test
    void a_month_closes_when_its_submission_window_ends_and_not_a_moment_before() {
        YearMonth month = clock.currentPeriod();
        String period = month.toString();
        LocalDate fourth = month.plusMonths(1).atDay(4);
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(BusinessClock.ZONE).toInstant();
        // three days: logs may be submitted until 24:00 on the 3rd
        Instant windowEnd = fourth.atStartOfDay(BusinessClock.ZONE).toInstant();
        UUID provider = UUID.randomUUID();
        ServiceLogAccepted log = accepted(provider, period, "HK01", 4_200);
        awaitApplied(em, List.of(publish(log)));

        close(period).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("PERIOD_NOT_ENDED")).body("earliestCloseAt", equalTo(windowEnd.toString()));

        clock.moveTo(monthEnd.plusSeconds(60));
        close(period).statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("code", equalTo("SUBMISSION_WINDOW_OPEN"))
                .body("type", equalTo("https://homecare.example/problems/submission-window-open"))
                .body("instance", equalTo("/api/v1/periods/" + period + "/close"))
                .body("earliestCloseAt", equalTo(windowEnd.toString()))
                .body("detail", containsString(windowEnd.toString()))
                .body("detail", containsString(fourth + " 00:00 Asia/Shanghai"))
                .body("detail", containsString("3 days"))
                .body("errors", nullValue());
        clock.moveTo(windowEnd.minusSeconds(30));
        close(period).statusCode(409).body("code", equalTo("SUBMISSION_WINDOW_OPEN"));

        assertThat(count(em, "select count(*) from settlement_period where period = '" + period
                + "' and status = 'CLOSED'")).as("nothing closed").isZero();
        assertThat(count(em, "select count(*) from statement where period = '" + period + "'")).isZero();
        assertThat(count(em, "select count(*) from audit_record where action = 'PERIOD_CLOSED' and object_id = '"
                + period + "'")).isZero();
        assertThat(published(em, "PeriodClosed", "\"" + period + "\"")).isZero();

        clock.moveTo(windowEnd);
        String closedAt = close(period).statusCode(200).body("status", equalTo("CLOSED"))
                .body("alreadyClosed", equalTo(false)).body("statementCount", equalTo(1))
                .body("totalFen", equalTo(4_200)).extract().path("closedAt");
        assertThat(Instant.parse(closedAt)).isAfterOrEqualTo(windowEnd);
        assertThat(published(em, "PeriodClosed", "\"" + period + "\"")).isEqualTo(1);
    }

    private static ValidatableResponse close(String period) {
        return given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/periods/" + period + "/close")
                .then();
    }
}
