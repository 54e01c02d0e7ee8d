package org.homecare.voucher.repository;

import java.sql.PreparedStatement;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * Transaction-scoped PostgreSQL advisory locks on caregivers (by personKey), so two submissions for the same person
 * at two providers cannot both pass the overlap check. Taken in ascending key order, after the voucher row locks, in
 * every transaction that takes them: no two transactions can wait on each other in a circle.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonLocks {

    /** The first half of the two-int advisory key, so these locks never collide with other advisory locks. */
    private static final int NAMESPACE = 0x5f0c;

    private final EntityManager entityManager;

    public PersonLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void lock(Collection<String> personKeys) {
        if (personKeys.isEmpty()) {
            return;
        }
        Integer[] keys = personKeys.stream().map(String::hashCode).distinct().sorted().toArray(Integer[]::new);
        // one statement, the same text whatever the number of keys (so the driver keeps it prepared); the locks are
        // taken row by row after the sort
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(?, h) from unnest(?) as keys(h) order by h")) {
                lock.setInt(1, NAMESPACE);
                lock.setArray(2, connection.createArrayOf("int4", keys));
                lock.executeQuery().close();
            }
        });
    }
}
