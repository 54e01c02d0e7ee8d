package org.homecare.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homecare.contracts.geo.Geohash;
import org.junit.jupiter.api.Test;

class VisitCheckTest {

    static final String HOME = Geohash.encode(31.86, 117.28, Geohash.HOME_CELL_PRECISION);
    static final Instant START = Instant.parse("2026-11-20T01:00:00Z");
    static final ContractTerms.Rate VISIT = new ContractTerms.Rate("R01", "REHAB", 5_000, LocalDate.EPOCH, "VISIT", 30,
            null);
    static final ContractTerms.Rate HOUR = new ContractTerms.Rate("H01", "HOUSEKEEPING", 3_000, LocalDate.EPOCH,
            "HOUR", 30, UnitRounding.HALF_UP);

    final VisitCheck check = new VisitCheck(500);

    @Test
    void a_visit_at_home_of_the_usual_length_passes() {
        assertThat(check.check(log(31.8605, 117.2803, 45, 1), HOME, VISIT, VisitCheck.CodeMatch.NOT_ASKED)).isEmpty();
    }

    @Test
    void a_visit_beyond_the_tolerance_or_without_a_fix_is_a_location_mismatch() {
        assertThat(codes(log(31.87, 117.28, 45, 1), HOME, VISIT)).containsExactly(VisitExceptionCode.LOCATION_MISMATCH);
        assertThat(codes(log(null, null, 45, 1), HOME, VISIT)).containsExactly(VisitExceptionCode.LOCATION_MISMATCH);
        assertThat(codes(log(null, null, 45, 1), null, VISIT)).as("no home recorded: nothing to compare").isEmpty();
    }

    @Test
    void a_short_visit_or_hours_beyond_the_minutes_is_duration_short() {
        assertThat(codes(log(31.86, 117.28, 29, 1), HOME, VISIT)).containsExactly(VisitExceptionCode.DURATION_SHORT);
        assertThat(codes(log(31.86, 117.28, 30, 1), HOME, VISIT)).isEmpty();
        assertThat(codes(log(31.86, 117.28, 89, 2), HOME, HOUR)).containsExactly(VisitExceptionCode.DURATION_SHORT);
        assertThat(codes(log(31.86, 117.28, 90, 2), HOME, HOUR)).isEmpty();
        assertThat(UnitRounding.UP.hours(61)).isEqualTo(2);
        assertThat(UnitRounding.DOWN.hours(119)).isEqualTo(1);
    }

    @Test
    void an_sms_code_that_did_not_match_is_a_failed_confirmation_with_the_others() {
        List<VisitCheck.Finding> findings = check.check(log(31.90, 117.28, 10, 1), HOME, VISIT,
                VisitCheck.CodeMatch.failed("the SMS code was used by another visit"));
        assertThat(findings).extracting(VisitCheck.Finding::code).containsExactly(
                VisitExceptionCode.LOCATION_MISMATCH, VisitExceptionCode.DURATION_SHORT,
                VisitExceptionCode.CONFIRMATION_FAILED);
        assertThat(findings.get(2).detail()).isEqualTo("the SMS code was used by another visit");
    }

    private List<VisitExceptionCode> codes(ServiceLog.Submitted log, String home, ContractTerms.Rate rate) {
        return check.check(log, home, rate, VisitCheck.CodeMatch.NOT_ASKED).stream().map(VisitCheck.Finding::code)
                .toList();
    }

    private static ServiceLog.Submitted log(Double latitude, Double longitude, int minutes, int units) {
        return new ServiceLog.Submitted("L-1", UUID.randomUUID(), null, UUID.randomUUID(), "R01", START,
                START.plus(Duration.ofMinutes(minutes)), units, latitude, longitude, Confirmation.SIGNATURE, null);
    }
}
