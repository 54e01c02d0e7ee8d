package org.homecare.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecare.voucher.domain.RejectionReason.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.homecare.contracts.clock.SubmissionWindow;

import org.junit.jupiter.api.Test;

class ServiceLogValidatorTest {

    static final CardNumber CARD = CardNumber.issue("340100", 1);

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final UUID PROVIDER = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Instant NOW = TODAY.atTime(18, 0).atZone(ZONE).toInstant();
    static final LocalDate PRICE_CHANGE = LocalDate.of(2026, 11, 10);

    final ServiceLogValidator validator = new ServiceLogValidator(ZONE, new SubmissionWindow(5));
    final Voucher voucher = Voucher.open(UUID.randomUUID(), CARD, "340102", 60_000, List.of("HOUSEKEEPING", "MEAL"),
            LocalDate.of(2026, 1, 1));
    final Caregiver caregiver = caregiverOf(PROVIDER);

    /** A contract for Yaohai with item HK01 at 5,000 fen, 6,000 fen from the 10th. */
    final ContractTerms contract = new ContractTerms(UUID.randomUUID(), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), null, Set.of("340102"), List.of(
                    new ContractTerms.Rate("HK01", "HOUSEKEEPING", 5_000, LocalDate.of(2026, 1, 1)),
                    new ContractTerms.Rate("HK01", "HOUSEKEEPING", 6_000, PRICE_CHANGE),
                    new ContractTerms.Rate("RH01", "REHAB", 8_000, LocalDate.of(2026, 1, 1))));

    @Test
    void accepts_a_valid_log_and_prices_it_from_the_rate_card() {
        RedemptionDecision decision = validator.decide(log("HK01", at(TODAY, 9), at(TODAY, 10), 2), facts(), NOW);

        assertThat(decision.reasons()).isEmpty();
        assertThat(decision.price()).hasValueSatisfying(p -> {
            assertThat(p.unitPriceFen()).isEqualTo(6_000);
            assertThat(p.amountFen()).isEqualTo(12_000);
            assertThat(p.category()).isEqualTo("HOUSEKEEPING");
        });
        assertThat(decision.period().toString()).isEqualTo("2026-11");
    }

    @Test
    void prices_each_side_of_a_price_change_at_the_price_of_its_service_date() {
        LocalDate before = PRICE_CHANGE.minusDays(1);
        assertThat(validator.decide(log("HK01", at(before, 9), at(before, 10), 1), facts(), NOW).price()
                .orElseThrow().unitPriceFen()).isEqualTo(5_000);
        assertThat(validator.decide(log("HK01", at(PRICE_CHANGE, 9), at(PRICE_CHANGE, 10), 1), facts(), NOW)
                .price().orElseThrow().unitPriceFen()).isEqualTo(6_000);
    }

    @Test
    void rejects_log_for_unknown_voucher() {
        assertThat(reasons(validLog(), withVoucher(null))).containsExactly(VOUCHER_NOT_FOUND);
    }

    @Test
    void rejects_log_when_voucher_was_suspended_on_the_service_date() {
        StatusTimeline<VoucherStatus> timeline = new StatusTimeline<>(List.of(
                new StatusTimeline.Change<>(VoucherStatus.ACTIVE, LocalDate.of(2026, 1, 1), 1),
                new StatusTimeline.Change<>(VoucherStatus.SUSPENDED, TODAY.minusDays(1), 2)));
        RedemptionFacts facts = new RedemptionFacts(PROVIDER, voucher, timeline, activeProvider(), Set.of(),
                List.of(contract), caregiver, false, false, false, 100_000);
        assertThat(reasons(validLog(), facts)).containsExactly(VOUCHER_NOT_ACTIVE);
        LocalDate earlier = TODAY.minusDays(2);
        assertThat(reasons(log("HK01", at(earlier, 9), at(earlier, 10), 1), facts)).isEmpty();
    }

    @Test
    void rejects_log_when_provider_was_suspended() {
        StatusTimeline<ProviderStatus> suspended = new StatusTimeline<>(List.of(
                new StatusTimeline.Change<>(ProviderStatus.ACTIVE, LocalDate.of(2020, 1, 1), 1),
                new StatusTimeline.Change<>(ProviderStatus.SUSPENDED, TODAY.minusDays(5), 2)));
        RedemptionFacts facts = new RedemptionFacts(PROVIDER, voucher, activeVoucher(), suspended, Set.of(),
                List.of(contract), caregiver, false, false, false, 100_000);
        assertThat(reasons(validLog(), facts)).containsExactly(PROVIDER_NOT_ACTIVE);
    }

    @Test
    void rejects_item_without_contract_on_the_service_date() {
        assertThat(reasons(log("XX99", at(TODAY, 9), at(TODAY, 10), 1), facts())).containsExactly(NO_CONTRACT_FOR_ITEM);
        ContractTerms ended = new ContractTerms(contract.contractId(), contract.validFrom(), contract.validTo(),
                TODAY.minusDays(3), contract.districtCodes(), contract.rates());
        RedemptionFacts facts = new RedemptionFacts(PROVIDER, voucher, activeVoucher(), activeProvider(),
                Set.of("340102"), List.of(ended), caregiver, false, false, false, 100_000);
        assertThat(reasons(validLog(), facts)).containsExactly(NO_CONTRACT_FOR_ITEM);
    }

    @Test
    void rejects_elder_outside_the_contract_districts() {
        Voucher elsewhere = Voucher.open(UUID.randomUUID(), CARD, "340111", 60_000, List.of("HOUSEKEEPING"), TODAY);
        assertThat(reasons(validLog(), withVoucher(elsewhere))).containsExactly(DISTRICT_NOT_SERVED);
    }

    @Test
    void rejects_item_of_a_category_the_voucher_does_not_cover() {
        assertThat(reasons(log("RH01", at(TODAY, 9), at(TODAY, 10), 1), facts())).containsExactly(CATEGORY_NOT_ALLOWED);
    }

    @Test
    void rejects_log_when_caregiver_belongs_to_another_provider_or_left() {
        assertThat(reasons(validLog(), withCaregiver(caregiverOf(UUID.randomUUID()))))
                .containsExactly(CAREGIVER_NOT_OF_PROVIDER);
        assertThat(reasons(validLog(), withCaregiver(null))).containsExactly(CAREGIVER_NOT_OF_PROVIDER);
        Caregiver left = caregiverOf(PROVIDER);
        left.deactivate(TODAY.minusDays(1));
        assertThat(reasons(validLog(), withCaregiver(left))).containsExactly(CAREGIVER_NOT_OF_PROVIDER);
    }

    @Test
    void rejects_end_before_start_and_services_longer_than_a_day() {
        assertThat(reasons(log("HK01", at(TODAY, 10), at(TODAY, 9), 1), facts())).containsExactly(INVALID_TIME_RANGE);
        LocalDate earlier = TODAY.minusDays(3);
        assertThat(reasons(log("HK01", at(earlier, 9), at(earlier.plusDays(1), 10), 1), facts()))
                .containsExactly(INVALID_TIME_RANGE);
    }

    @Test
    void rejects_service_that_has_not_ended_yet() {
        assertThat(reasons(log("HK01", at(TODAY, 17), at(TODAY, 19), 1), facts())).containsExactly(IN_FUTURE);
    }

    @Test
    void rejects_log_submitted_after_the_window() {
        // on 22 November October's window (until the end of 5 November) has ended; November's is open
        LocalDate october = LocalDate.of(2026, 10, 31);
        assertThat(reasons(log("HK01", at(october, 9), at(october, 10), 1), facts()))
                .containsExactly(SUBMITTED_TOO_LATE);
        LocalDate first = LocalDate.of(2026, 11, 1);
        assertThat(reasons(log("HK01", at(first, 9), at(first, 10), 1), facts())).isEmpty();
    }

    @Test
    void rejects_log_of_a_closed_period_busy_caregiver_or_duplicate_service() {
        assertThat(reasons(validLog(), new RedemptionFacts(PROVIDER, voucher, activeVoucher(), activeProvider(),
                Set.of(), List.of(contract), caregiver, true, false, false, 100_000))).containsExactly(PERIOD_CLOSED);
        assertThat(reasons(validLog(), new RedemptionFacts(PROVIDER, voucher, activeVoucher(), activeProvider(),
                Set.of(), List.of(contract), caregiver, false, true, false, 100_000)))
                .containsExactly(CAREGIVER_OVERLAP);
        assertThat(reasons(validLog(), new RedemptionFacts(PROVIDER, voucher, activeVoucher(), activeProvider(),
                Set.of(), List.of(contract), caregiver, false, false, true, 100_000)))
                .containsExactly(DUPLICATE_SERVICE);
    }

    @Test
    void rejects_amount_over_the_balance_but_accepts_exactly_the_balance() {
        RedemptionFacts poor = new RedemptionFacts(PROVIDER, voucher, activeVoucher(), activeProvider(), Set.of(),
                List.of(contract), caregiver, false, false, false, 11_999);
        assertThat(reasons(log("HK01", at(TODAY, 9), at(TODAY, 10), 2), poor))
                .containsExactly(VOUCHER_BALANCE_INSUFFICIENT);
        RedemptionFacts exact = new RedemptionFacts(PROVIDER, voucher, activeVoucher(), activeProvider(), Set.of(),
                List.of(contract), caregiver, false, false, false, 12_000);
        assertThat(reasons(log("HK01", at(TODAY, 9), at(TODAY, 10), 2), exact)).isEmpty();
    }

    @Test
    void reports_every_reason_that_applies_at_once() {
        Voucher elsewhere = Voucher.open(UUID.randomUUID(), CARD, "340111", 60_000, List.of("MEAL"), TODAY);
        RedemptionFacts facts = new RedemptionFacts(PROVIDER, elsewhere, activeVoucher(), StatusTimeline.empty(),
                Set.of(), List.of(contract), caregiverOf(UUID.randomUUID()), true, true, true, 100);
        Instant start = at(TODAY, 19);

        assertThat(reasons(log("HK01", start, start.minusSeconds(60), 1), facts)).containsExactly(
                PROVIDER_NOT_ACTIVE, DISTRICT_NOT_SERVED, CATEGORY_NOT_ALLOWED, CAREGIVER_NOT_OF_PROVIDER,
                INVALID_TIME_RANGE, IN_FUTURE, PERIOD_CLOSED, CAREGIVER_OVERLAP, DUPLICATE_SERVICE,
                VOUCHER_BALANCE_INSUFFICIENT);
    }

    private Set<RejectionReason> reasons(ServiceLog.Submitted log, RedemptionFacts facts) {
        return validator.decide(log, facts, NOW).reasons();
    }

    @Test
    void a_log_of_last_month_may_come_until_the_end_of_the_fifth_and_not_after() {
        LocalDate december = LocalDate.of(2026, 12, 20);
        ServiceLog.Submitted log = log("HK01", at(december, 9), at(december, 10), 1);
        Instant third = at(LocalDate.of(2027, 1, 3), 12);
        Instant lastMinute = LocalDate.of(2027, 1, 6).atStartOfDay(ZONE).toInstant().minusSeconds(1);
        Instant sixth = LocalDate.of(2027, 1, 6).atStartOfDay(ZONE).toInstant();

        RedemptionDecision onTheThird = validator.decide(log, facts(), third);
        assertThat(onTheThird.reasons()).isEmpty();
        assertThat(onTheThird.period()).as("debited from the service's month").hasToString("2026-12");
        assertThat(validator.decide(log, facts(), lastMinute).reasons()).isEmpty();
        assertThat(validator.decide(log, facts(), sixth).reasons()).containsExactly(SUBMITTED_TOO_LATE);
    }

    private ServiceLog.Submitted validLog() {
        return log("HK01", at(TODAY, 9), at(TODAY, 10), 1);
    }

    private static ServiceLog.Submitted log(String item, Instant start, Instant end, int units) {
        return new ServiceLog.Submitted("L-1", UUID.randomUUID(), null, UUID.randomUUID(), item, start, end, units,
                31.8, 117.2, Confirmation.SIGNATURE, null);
    }

    private static Instant at(LocalDate date, int hour) {
        return ZonedDateTime.of(date.atTime(hour, 0), ZONE).toInstant();
    }

    private RedemptionFacts facts() {
        return withVoucher(voucher);
    }

    private RedemptionFacts withVoucher(Voucher v) {
        return new RedemptionFacts(PROVIDER, v, activeVoucher(), activeProvider(), Set.of(), List.of(contract),
                caregiver, false, false, false, 100_000);
    }

    private RedemptionFacts withCaregiver(Caregiver c) {
        return new RedemptionFacts(PROVIDER, voucher, activeVoucher(), activeProvider(), Set.of(), List.of(contract),
                c, false, false, false, 100_000);
    }

    private static StatusTimeline<VoucherStatus> activeVoucher() {
        return new StatusTimeline<>(List.of(new StatusTimeline.Change<>(VoucherStatus.ACTIVE,
                LocalDate.of(2026, 1, 1), 1)));
    }

    private static StatusTimeline<ProviderStatus> activeProvider() {
        return new StatusTimeline<>(List.of(new StatusTimeline.Change<>(ProviderStatus.ACTIVE,
                LocalDate.of(2020, 1, 1), 1)));
    }

    private static Caregiver caregiverOf(UUID provider) {
        Caregiver c = new Caregiver(UUID.randomUUID(), provider, "pk");
        c.register(provider, "pk", LocalDate.of(2025, 1, 1));
        return c;
    }
}
