package org.homecare.eligibility.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.eligibility.Elders;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A decision always refers to an existing elder. The database checks it once per statement (V4) rather than with a
 * per-row foreign key; these are the cases the foreign key refused.
 */
@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class DecisionReferenceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void a_decision_for_no_elder_is_refused_with_the_rest_of_its_statement() {
        UUID elder = Elders.register(LocalDate.of(1950, 3, 4), "340102", "WITH_FAMILY", "NONE");
        long before = decisionsOf(elder);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into eligibility_decision (id, elder_id, decided_at, as_of, effective_from, eligible,
                    monthly_amount_fen, categories, matched_rules, explanation, facts, outcome_change,
                    decision_trigger, decided_by)
                select gen_random_uuid(), e, now(), current_date, current_date, false, 0, '', '[]', '[]', '{}',
                    'UNCHANGED', 'TEST', 'test'
                from unnest(array[?1, ?2]) e""").setParameter(1, elder).setParameter(2, UUID.randomUUID())
                .executeUpdate())).hasStackTraceContaining("refers to no elder");

        assertThat(decisionsOf(elder)).isEqualTo(before);
    }

    @Test
    void an_elder_with_decisions_can_be_neither_deleted_nor_renumbered_but_still_updated() {
        UUID elder = Elders.register(LocalDate.of(1951, 5, 6), "340103", "WITH_FAMILY", "NONE");
        assertThat(decisionsOf(elder)).isPositive();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from elder where id = ?1").setParameter(1, elder).executeUpdate()))
                .hasStackTraceContaining("has eligibility decisions");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update elder set id = ?2 where id = ?1").setParameter(1, elder)
                .setParameter(2, UUID.randomUUID()).executeUpdate()))
                .hasStackTraceContaining("has eligibility decisions");

        int updated = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("update elder set phone = ?2 where id = ?1").setParameter(1, elder)
                .setParameter(2, "13900000000").executeUpdate());
        assertThat(updated).isEqualTo(1);
    }

    private long decisionsOf(UUID elder) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from eligibility_decision where elder_id = ?1")
                .setParameter(1, elder).getSingleResult()).longValue());
    }
}
