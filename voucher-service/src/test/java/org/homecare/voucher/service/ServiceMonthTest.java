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
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.Tokens;
import org.homecare.voucher.support.TestEvents;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A log is debited from its own month's credit, until the month's window ends on the 5th of the next month; then the
 * month's leftover expires. Its own profile: it moves the business clock a month ahead, which others need not see.
 */
@QuarkusTest
@TestProfile(ServiceMonthTest.OwnClock.class)
@WithTestResource(RealComponentsTestResource.class)
class ServiceMonthTest {

    /** A separate application: the clock it moves is its own. */
    public static class OwnClock implements QuarkusTestProfile {
    }

    @Inject
    BusinessClock clock;

    @Inject
    MonthlyRun monthlyRun;

    @Inject
    EntityManager entityManager;

    @Test
    void a_log_of_last_month_is_debited_from_last_months_credit_until_the_window_ends() {
        YearMonth month = clock.currentPeriod().plusMonths(1);
        YearMonth next = month.plusMonths(1);
        clock.moveTo(at(month.atDay(20), 10));
        TestWorld.SubmissionScene scene = TestWorld.submissionScene();
        UUID voucher = scene.voucher().id();
        submit("provider-a", log(newLogId(), voucher, scene.caregiver(), scene.item(), at(month.atDay(20), 8),
                at(month.atDay(20), 9), 2)).then().statusCode(201).body("period", equalTo(month.toString()));

        clock.moveTo(at(next.atDay(1), 9));
        monthlyRun.run(next, "test");
        balances(voucher).body("balanceFen", equalTo(111_000))
                .body("balances.period", contains(month.toString(), next.toString()))
                .body("balances.balanceFen", contains(51_000, 60_000));

        clock.moveTo(at(next.atDay(3), 12));
        submit("provider-a", log(newLogId(), voucher, scene.caregiver(), scene.item(), at(month.atDay(28), 8),
                at(month.atDay(28), 9), 1)).then().statusCode(201).body("period", equalTo(month.toString()));
        balances(voucher).body("balances.balanceFen", contains(46_500, 60_000));
        // more than the month has left, though less than the account holds: next month's money is not this month's
        submit("provider-a", log(newLogId(), voucher, scene.caregiver(), scene.item(), at(month.atDay(27), 8),
                at(month.atDay(27), 9), 11)).then().statusCode(422)
                .body("reasons", contains("VOUCHER_BALANCE_INSUFFICIENT"));
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/month-ends/" + month).then()
                .statusCode(409).body("code", equalTo("SUBMISSION_WINDOW_OPEN"));
        balances(voucher).body("balanceFen", equalTo(106_500));

        clock.moveTo(next.atDay(6).atStartOfDay(BusinessClock.ZONE).toInstant().plusSeconds(1));
        submit("provider-a", log(newLogId(), voucher, scene.caregiver(), scene.item(), at(month.atDay(26), 8),
                at(month.atDay(26), 9), 1)).then().statusCode(422).body("reasons", contains("SUBMITTED_TOO_LATE"));
        given().auth().oauth2(Tokens.forUser("city-admin")).post("/api/v1/month-ends/" + month).then()
                .statusCode(200).body("period", equalTo(month.toString()));
        balances(voucher).body("balanceFen", equalTo(60_000)).body("balances.period", contains(next.toString()));
        assertThat(TestEvents.published(entityManager, "BalanceExpired", voucher.toString()).get(0).payload())
                .contains("\"period\":\"" + month + "\"", "\"amountFen\":46500");
        assertThat(monthSums(voucher)).as("every month's entries add up to its latest balance").isTrue();
    }

    private static io.restassured.response.ValidatableResponse balances(UUID voucher) {
        return given().auth().oauth2(Tokens.forUser("city-admin")).get("/api/v1/vouchers/" + voucher).then()
                .statusCode(200);
    }

    /** The sum rule per month, and in total, as the ledger holds it. */
    private boolean monthSums(UUID voucher) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> wrong = entityManager.createNativeQuery("""
                    select e.period from ledger_entry e where e.voucher_id = ?1 group by e.period
                    having sum(e.amount_fen) <> (select l.period_balance_after_fen from ledger_entry l
                        where l.voucher_id = ?1 and l.period = e.period order by l.seq desc limit 1)""")
                    .setParameter(1, voucher).getResultList();
            Number total = (Number) entityManager.createNativeQuery(
                    "select (select sum(amount_fen) from ledger_entry where voucher_id = ?1) - balance_fen"
                            + " from voucher where id = ?1").setParameter(1, voucher).getSingleResult();
            return wrong.isEmpty() && total.longValue() == 0;
        });
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(BusinessClock.ZONE).toInstant();
    }
}
