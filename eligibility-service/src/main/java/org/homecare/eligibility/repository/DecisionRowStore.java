package org.homecare.eligibility.repository;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import org.homecare.eligibility.domain.DecisionTrigger;

/** Opens a batch's {@link DecisionRows} on the transaction's connection and ends its COPY. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DecisionRowStore {

    /** Adds a batch's rows; no other statement may run on the transaction until it returns. */
    @FunctionalInterface
    public interface Batch {
        void addTo(DecisionRows rows) throws SQLException;
    }

    private final EntityManager entityManager;

    public DecisionRowStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void stream(OffsetDateTime decidedAt, DecisionTrigger trigger, String actor, UUID runId, Batch batch) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (DecisionRows rows = new DecisionRows(connection, decidedAt, trigger, actor, runId)) {
                batch.addTo(rows);
                rows.finish();
            }
        });
    }
}
