package org.homecare.provider.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A PostgreSQL advisory lock held until the transaction ends: two registrations of the same credit code or the same
 * person wait for each other, so the check-then-insert that gives a clean 409 cannot race.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TransactionLocks {

    private final EntityManager entityManager;

    public TransactionLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void lock(String key) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, key)
                .getSingleResult();
    }
}
