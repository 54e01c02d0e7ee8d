package org.homecare.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.homecare.settlement.domain.ServiceLog.Effect;
import org.junit.jupiter.api.Test;

/** The money rules of one log, without Quarkus. */
class ServiceLogTest {

    private final UUID id = UUID.randomUUID();
    private final ServiceLog.Accepted accept = new ServiceLog.Accepted(id, "PL-1", UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "HK01", "HOUSEKEEPING", "340102", 2, 1_500,
            3_000, LocalDate.of(2026, 10, 3), Instant.parse("2026-10-03T01:00:00Z"),
            Instant.parse("2026-10-03T02:00:00Z"), "2026-10", Instant.parse("2026-10-03T03:00:00Z"));
    private final UUID acceptEvent = UUID.randomUUID();
    private final UUID voidEvent = UUID.randomUUID();
    private final ServiceLog.Voided voided = new ServiceLog.Voided(id, "PL-1", accept.providerId(),
            accept.elderId(), accept.voucherId(), "HK01", 3_000, "2026-10", "typo",
            Instant.parse("2026-10-04T03:00:00Z"));

    @Test
    void an_accept_in_an_open_period_counts_once() {
        ServiceLog log = ServiceLog.withId(id);
        assertThat(log.accept(acceptEvent, accept, true)).isEqualTo(Effect.ADD_TO_PERIOD_TOTALS);
        assertThat(log.accept(UUID.randomUUID(), accept, true)).as("the same log from another event").isEqualTo(
                Effect.NOTHING);
        assertThat(log.settledAs()).isEqualTo(ServiceLog.SettledAs.PERIOD);
        assertThat(log.acceptEventId()).as("the event that made the change").isEqualTo(acceptEvent);
        assertThat(log.voidEventId()).isNull();
    }

    @Test
    void an_accept_after_the_close_becomes_an_adjustment() {
        ServiceLog log = ServiceLog.withId(id);
        assertThat(log.accept(acceptEvent, accept, false)).isEqualTo(Effect.ADJUST_NEXT_OPEN_PERIOD);
        assertThat(log.voidIt(voidEvent, voided, false)).as("its void reverses the adjustment").isEqualTo(
                Effect.ADJUST_NEXT_OPEN_PERIOD);
    }

    @Test
    void a_void_before_its_accept_means_never_owed() {
        ServiceLog log = ServiceLog.fromVoid(voided);
        assertThat(log.voidIt(voidEvent, voided, true)).isEqualTo(Effect.NOTHING);
        assertThat(log.accept(acceptEvent, accept, true)).isEqualTo(Effect.NOTHING);
        assertThat(log.settledAs()).isEqualTo(ServiceLog.SettledAs.NONE);
        assertThat(log.voidIt(voidEvent, voided, true)).isEqualTo(Effect.NOTHING);
        assertThat(log.acceptEventId()).as("recorded though never owed").isEqualTo(acceptEvent);
        assertThat(log.voidEventId()).isEqualTo(voidEvent);
    }

    @Test
    void a_void_with_no_accept_records_the_log_as_never_owed() {
        // a log voucher-service held and then voided: settlement sees only the void
        ServiceLog held = ServiceLog.fromVoid(voided);
        assertThat(held.settledAs()).isNull();
        assertThat(held.voidIt(voidEvent, voided, true)).isEqualTo(Effect.NOTHING);
        assertThat(held.settledAs()).isEqualTo(ServiceLog.SettledAs.NONE);
        assertThat(held.isAccepted()).isFalse();
        ServiceLog closedPeriod = ServiceLog.fromVoid(voided);
        assertThat(closedPeriod.voidIt(voidEvent, voided, false)).as("no late void either").isEqualTo(Effect.NOTHING);
        assertThat(closedPeriod.settledAs()).isEqualTo(ServiceLog.SettledAs.NONE);
    }

    @Test
    void a_void_subtracts_while_open_and_adjusts_once_closed() {
        ServiceLog open = ServiceLog.withId(id);
        open.accept(acceptEvent, accept, true);
        assertThat(open.voidIt(voidEvent, voided, true)).isEqualTo(Effect.SUBTRACT_FROM_PERIOD_TOTALS);
        assertThat(open.voidIt(voidEvent, voided, true)).isEqualTo(Effect.NOTHING);

        ServiceLog closed = ServiceLog.withId(id);
        closed.accept(acceptEvent, accept, true);
        assertThat(closed.voidIt(voidEvent, voided, false)).isEqualTo(Effect.ADJUST_NEXT_OPEN_PERIOD);
    }

    @Test
    void the_statement_workflow_has_no_shortcuts_and_paid_moves_only_back_to_approved_on_a_return() {
        assertThat(StatementStatus.CLOSED.mayMoveTo(StatementStatus.APPROVED)).isFalse();
        assertThat(StatementStatus.DISPUTED.mayMoveTo(StatementStatus.APPROVED)).isFalse();
        assertThat(StatementStatus.DISPUTED.next()).containsExactlyInAnyOrder(StatementStatus.CONFIRMED,
                StatementStatus.CLOSED);
        assertThat(StatementStatus.PAID.next()).containsExactly(StatementStatus.APPROVED);
        Statement s = Statement.build(UUID.randomUUID(), "2026-10",
                java.util.List.of(new StatementLine("HK01", 2, 4, 6_000)), -500, Instant.EPOCH);
        assertThat(s.totalFen()).isEqualTo(5_500);
        assertThatThrownBy(() -> s.moveTo(StatementStatus.PAID, Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_period_can_close_only_after_its_last_day() {
        assertThat(SettlementMonth.hasEnded("2026-10", LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(SettlementMonth.hasEnded("2026-10", LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(SettlementMonth.next("2026-12")).isEqualTo("2027-01");
        assertThat(SettlementMonth.isValid("2026-13")).isFalse();
    }
}
