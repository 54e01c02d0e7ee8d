package org.homecare.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ContractTermsTest {

    private static ContractTerms contract(LocalDate endedOn) {
        return new ContractTerms(UUID.randomUUID(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), endedOn,
                Set.of("340102"), List.of());
    }

    @Test
    void an_ended_contract_still_covers_its_last_day_as_provider_service_publishes_it() {
        ContractTerms ended = contract(LocalDate.of(2026, 11, 15));
        assertThat(ended.covers(LocalDate.of(2026, 11, 15))).isTrue();
        assertThat(ended.covers(LocalDate.of(2026, 11, 16))).isFalse();
    }

    @Test
    void a_contract_ended_before_it_began_covers_no_day() {
        ContractTerms never = contract(LocalDate.of(2025, 12, 31));
        assertThat(never.covers(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void a_running_contract_covers_its_validity_period_only() {
        ContractTerms running = contract(null);
        assertThat(running.covers(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(running.covers(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(running.covers(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(running.covers(LocalDate.of(2025, 12, 31))).isFalse();
    }
}
