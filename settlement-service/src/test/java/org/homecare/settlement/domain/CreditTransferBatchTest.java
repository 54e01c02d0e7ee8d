package org.homecare.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What a payment order may hold: checked when it is built, before anything is written. */
class CreditTransferBatchTest {

    private final DebtorAccount city = new DebtorAccount("合肥市民政局", "1302010109000000002", "102361000015",
            Optional.empty());

    private static CreditTransfer transfer(UUID id, long fen) {
        return new CreditTransfer(id, fen, "合肥市蜀山区康乐居家养老服务中心", "6217001234567890123", "319361000013",
                "徽商银行合肥蜀山支行");
    }

    private CreditTransferBatch batch(List<CreditTransfer> transfers) {
        return new CreditTransferBatch("2026-11", Instant.EPOCH, LocalDate.of(2026, 12, 4), city, transfers);
    }

    @Test
    void transfers_are_kept_in_statement_id_order_and_summed_in_fen() {
        UUID a = UUID.fromString("00000000-0000-7000-8000-000000000001");
        UUID b = UUID.fromString("f0000000-0000-7000-8000-000000000001");
        CreditTransferBatch batch = batch(List.of(transfer(b, 5), transfer(a, 123_456_789_012L)));
        assertThat(batch.transfers()).extracting(CreditTransfer::statementId)
                .as("as text, so an id with its high bit set comes last").containsExactly(a, b);
        assertThat(batch.totalFen()).isEqualTo(123_456_789_017L);
        assertThat(batch).isEqualTo(batch(List.of(transfer(a, 123_456_789_012L), transfer(b, 5))));
    }

    @Test
    void an_empty_batch_a_repeated_statement_and_a_bad_period_are_refused() {
        assertThatThrownBy(() -> batch(List.of())).isInstanceOf(IllegalArgumentException.class);
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> batch(List.of(transfer(id, 1), transfer(id, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new CreditTransferBatch("2026-13", Instant.EPOCH, LocalDate.of(2026, 12, 4), city,
                List.of(transfer(id, 1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_sum_beyond_a_long_is_refused_rather_than_wrapped() {
        CreditTransferBatch batch = batch(List.of(transfer(UUID.randomUUID(), Long.MAX_VALUE),
                transfer(UUID.randomUUID(), 1)));
        assertThatThrownBy(batch::totalFen).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void a_transfer_needs_a_positive_amount_a_digit_account_and_a_12_digit_cnaps_code() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> transfer(id, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transfer(id, -500)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditTransfer(id, 1, "康乐", "6217-0012", "319361000013", "徽商银行"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("creditorAccount");
        assertThatThrownBy(() -> new CreditTransfer(id, 1, "康乐", "6217", "31936100001", "徽商银行"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("creditorBankCode");
        assertThatThrownBy(() -> new CreditTransfer(id, 1, " ", "6217", "319361000013", "徽商银行"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("creditorName");
    }

    @Test
    void a_name_xml_cannot_carry_is_refused_not_cleaned() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> new CreditTransfer(id, 1, "康乐\u0000", "6217", "319361000013", "徽商银行"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("creditorName");
        assertThatThrownBy(() -> new CreditTransfer(id, 1, "康乐\nB", "6217", "319361000013", "徽商银行"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditTransfer(id, 1, "康乐\uD83D", "6217", "319361000013", "徽商银行"))
                .as("an unpaired surrogate").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditTransfer(id, 1, "\uDE00康乐", "6217", "319361000013", "徽商银行"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CreditTransfer(id, 1, "康乐😀", "6217", "319361000013", "徽商银行").creditorName())
                .isEqualTo("康乐😀");
    }

    @Test
    void the_debtor_bic_when_given_is_an_iso_9362_code() {
        assertThat(new DebtorAccount("合肥市民政局", "1302", "102361000015", Optional.of("ICBKCNBJ")).bic())
                .contains("ICBKCNBJ");
        assertThatThrownBy(() -> new DebtorAccount("合肥市民政局", "1302", "102361000015", Optional.of("icbk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bic");
    }
}
