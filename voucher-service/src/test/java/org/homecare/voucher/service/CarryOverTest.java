package org.homecare.voucher.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.homecare.voucher.support.LogRequests.log;
import static org.homecare.voucher.support.LogRequests.newLogId;
import static org.homecare.voucher.support.LogRequests.submit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.support.TestEvents;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With carry-over until the year's end, a month's leftover moves into the next month when the month's window ends
 * (not on the 1st: until then the month's own logs may still spend it). December's always expires (MonthEnd).
 */
@QuarkusTest
@TestProfile(CarryOverTest.UntilYearEnd.class)
@WithTestResource(RealComponentsTestResource.class)
class CarryOverTest {

    public static class UntilYearEnd implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("homecare.voucher.carry-over", "UNTIL_YEAR_END");
        }
    }

    @Inject
    BusinessClock clock;

    @Inject
    MonthlyRun monthlyRun;

    @Inject
    EntityManager entityManager;

    @Test
    void a_months_leftover_moves_into_the_next_month_when_its_window_ends() {
        YearMonth month = clock.currentPeriod().plusMonths(1);
        if (month.getMonthValue() >= 11) {
            month = month.plusMonths(13 - month.getMonthValue()); // a month whose next is not December's end
        }
        YearMonth next = month.plusMonths(1);
        clock.moveTo(at(month.atDay(10), 10));
        TestWorld.SubmissionScene scene = TestWorld.submissionScene();
        UUID voucher = scene.voucher().id();
        submit("provider-a", log(newLogId(), voucher, scene.caregiver(), scene.item(), at(month.atDay(10), 8),
                at(month.atDay(10), 9), 2)).then().statusCode(201);

        clock.moveTo(at(next.atDay(1), 9));
        monthlyRun.run(next, "test");
        balances(voucher).body("balances.balanceFen", contains(51_000, 60_000));

        clock.moveTo(next.atDay(6).atStartOfDay(BusinessClock.ZONE).toInstant().plusSeconds(1));
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/month-ends/" + month).then()
                .statusCode(200).body("expired", equalTo(0));
        balances(voucher).body("balanceFen", equalTo(111_000)).body("balances.period", contains(next.toString()))
                .body("balances.balanceFen", contains(111_000));
        assertThat(TestEvents.published(entityManager, "BalanceExpired", voucher.toString())).isEmpty();
        // the carried money is the next month's to spend: 20 visits of 4,500 need more than its own 60,000
        clock.moveTo(at(next.atDay(6), 10));
        submit("provider-a", log(newLogId(), voucher, scene.caregiver(), scene.item(), at(next.atDay(6), 8),
                at(next.atDay(6), 9), 20)).then().statusCode(201).body("period", equalTo(next.toString()));
        balances(voucher).body("balanceFen", equalTo(21_000));
    }

    private static io.restassured.response.ValidatableResponse balances(UUID voucher) {
        return given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/vouchers/" + voucher).then()
                .statusCode(200);
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(BusinessClock.ZONE).toInstant();
    }
}
