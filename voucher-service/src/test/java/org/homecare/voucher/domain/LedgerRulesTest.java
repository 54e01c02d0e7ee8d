package org.homecare.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LedgerRulesTest {

    static final CardNumber CARD = CardNumber.issue("340100", 1);

    @Test
    void balance_is_the_running_sum_of_entries_and_never_negative() {
        Voucher voucher = Voucher.open(UUID.randomUUID(), CARD, "340102", 60_000, List.of("MEAL"), LocalDate.now());
        LedgerEntry credit = voucher.post(LedgerEntryType.CREDIT, 60_000, "2026-11", "credit", Instant.EPOCH);
        LedgerEntry debit = voucher.post(LedgerEntryType.DEBIT, -59_000, "2026-11", "log", Instant.EPOCH);

        assertThat(credit.balanceAfterFen()).isEqualTo(60_000);
        assertThat(debit.balanceAfterFen()).isEqualTo(1_000);
        assertThat(debit.seq()).isEqualTo(2);
        assertThatThrownBy(() -> voucher.post(LedgerEntryType.DEBIT, -1_001, "2026-11", "log", Instant.EPOCH))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThat(voucher.balanceFen()).isEqualTo(1_000);
    }

    @Test
    void a_months_money_is_spent_only_by_that_month() {
        Voucher voucher = Voucher.open(UUID.randomUUID(), CARD, "340102", 60_000, List.of("MEAL"), LocalDate.now());
        voucher.post(LedgerEntryType.CREDIT, 60_000, "2026-12", "credit", Instant.EPOCH);
        LedgerEntry january = voucher.post(LedgerEntryType.CREDIT, 60_000, "2027-01", "credit", Instant.EPOCH);
        LedgerEntry debit = voucher.post(LedgerEntryType.DEBIT, -50_000, "2026-12", "log", Instant.EPOCH);

        assertThat(january.periodBalanceAfterFen()).isEqualTo(60_000);
        assertThat(debit.periodBalanceAfterFen()).isEqualTo(10_000);
        assertThat(debit.balanceAfterFen()).isEqualTo(70_000);
        assertThatThrownBy(() -> voucher.post(LedgerEntryType.DEBIT, -10_001, "2026-12", "log", Instant.EPOCH))
                .as("December's log cannot spend January's money").isInstanceOf(InsufficientBalanceException.class);
        assertThat(voucher.knownPeriodBalances()).containsEntry("2026-12", 10_000L).containsEntry("2027-01", 60_000L);
    }

    @Test
    void an_account_read_from_the_database_posts_only_to_months_whose_balance_was_read() {
        Voucher stored = Voucher.stored(UUID.randomUUID(), UUID.randomUUID(), CARD.digits(), VoucherStatus.ACTIVE,
                "340102", "MEAL", 60_000, 60_000, 1, 1, LocalDate.now(), null);
        assertThatThrownBy(() -> stored.post(LedgerEntryType.DEBIT, -1, "2026-12", "log", Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
        stored.knowPeriodBalance("2026-12", 60_000);
        assertThat(stored.post(LedgerEntryType.DEBIT, -1, "2026-12", "log", Instant.EPOCH).periodBalanceAfterFen())
                .isEqualTo(59_999);
    }

    @Test
    void refuses_entries_with_the_wrong_sign() {
        Voucher voucher = Voucher.open(UUID.randomUUID(), CARD, "340102", 60_000, List.of("MEAL"), LocalDate.now());
        assertThatThrownBy(() -> voucher.post(LedgerEntryType.CREDIT, -5, "2026-11", "x", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> voucher.post(LedgerEntryType.DEBIT, 5, "2026-11", "x", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void first_month_is_full_by_default_or_shared_by_remaining_days() {
        YearMonth november = YearMonth.of(2026, 11);
        assertThat(MonthlyCredit.firstMonth(MonthlyCredit.FirstMonth.FULL, 60_000, LocalDate.of(2026, 11, 16),
                november)).isEqualTo(60_000);
        assertThat(MonthlyCredit.firstMonth(MonthlyCredit.FirstMonth.PRO_RATA, 60_000, LocalDate.of(2026, 11, 16),
                november)).isEqualTo(30_000);
        assertThat(MonthlyCredit.firstMonth(MonthlyCredit.FirstMonth.PRO_RATA, 60_000, LocalDate.of(2026, 11, 1),
                november)).isEqualTo(60_000);
    }

    @Test
    void status_on_a_date_is_the_latest_change_in_force() {
        StatusTimeline<VoucherStatus> timeline = new StatusTimeline<>(List.of(
                new StatusTimeline.Change<>(VoucherStatus.ACTIVE, LocalDate.of(2026, 11, 1), 1),
                new StatusTimeline.Change<>(VoucherStatus.ACTIVE, LocalDate.of(2026, 11, 20), 3),
                new StatusTimeline.Change<>(VoucherStatus.SUSPENDED, LocalDate.of(2026, 11, 15), 2)));

        assertThat(timeline.statusOn(LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(timeline.statusOn(LocalDate.of(2026, 11, 14))).contains(VoucherStatus.ACTIVE);
        assertThat(timeline.statusOn(LocalDate.of(2026, 11, 17))).contains(VoucherStatus.SUSPENDED);
        assertThat(timeline.statusOn(LocalDate.of(2026, 11, 20))).contains(VoucherStatus.ACTIVE);
    }
}
