package org.homecare.voucher.service;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
        // the values are ints computed here, never client text, so inlining them is safe
        String values = personKeys.stream().map(String::hashCode).distinct().sorted()
                .map(h -> "(" + h + ")").collect(Collectors.joining(","));
        entityManager.createNativeQuery("select pg_advisory_xact_lock(" + NAMESPACE + ", h) from (values " + values
                + ") as keys(h) order by h").getResultList();
    }
}
