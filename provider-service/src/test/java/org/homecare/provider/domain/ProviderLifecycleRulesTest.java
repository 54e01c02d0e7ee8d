package org.homecare.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.homecare.provider.domain.ProviderStatus.Action;
import org.junit.jupiter.api.Test;

class ProviderLifecycleRulesTest {

    @Test
    void allows_exactly_the_documented_transitions() {
        assertThat(allowed(ProviderStatus.APPLIED)).containsExactlyInAnyOrder(Action.APPROVE);
        assertThat(allowed(ProviderStatus.APPROVED)).containsExactlyInAnyOrder(Action.SUSPEND, Action.TERMINATE);
        assertThat(allowed(ProviderStatus.SUSPENDED)).containsExactlyInAnyOrder(Action.REINSTATE, Action.TERMINATE);
        assertThat(allowed(ProviderStatus.TERMINATED)).isEmpty();
    }

    @Test
    void an_illegal_transition_names_the_current_status_and_changes_nothing() {
        Provider provider = new Provider(UUID.randomUUID(), CreditCode.parse("91340100MA2NHC015G").code().orElseThrow(),
                "n", "r", "a", "0551-1234567", Set.of("340104"), Set.of("MEAL"), Instant.EPOCH);
        assertThatThrownBy(() -> provider.apply(Action.SUSPEND))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("is APPLIED");
        assertThat(provider.status()).isEqualTo(ProviderStatus.APPLIED);
        assertThat(provider.apply(Action.APPROVE)).isEqualTo(ProviderStatus.APPLIED);
        assertThat(provider.status()).isEqualTo(ProviderStatus.APPROVED);
    }

    @Test
    void an_ended_contract_covers_days_up_to_its_last_day_only() {
        Contract contract = new Contract(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 12, 31), Set.of("340104"), Instant.EPOCH);
        contract.end(LocalDate.of(2030, 6, 30), "moved away");
        assertThat(contract.covers(LocalDate.of(2030, 6, 30))).isTrue();
        assertThat(contract.covers(LocalDate.of(2030, 7, 1))).isFalse();
        assertThat(contract.overlaps(LocalDate.of(2030, 7, 1), LocalDate.of(2030, 12, 31))).isFalse();
        assertThatThrownBy(() -> contract.end(LocalDate.of(2030, 6, 1), "again"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("is ENDED");
    }

    private static Set<Action> allowed(ProviderStatus status) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (status.allows(action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
