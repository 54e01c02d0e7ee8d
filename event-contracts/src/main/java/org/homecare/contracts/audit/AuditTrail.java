package org.homecare.contracts.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.EventCodec;

/**
 * Who changed what, when, from what to what: one row per change, in the transaction of the change. Before and after
 * are JSON snapshots chosen by the caller; they must not contain identity numbers or phones in clear.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    private final EntityManager entityManager;
    private final BusinessClock clock;

    public AuditTrail(EntityManager entityManager, BusinessClock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * @param actor the user name from the token, or {@code system:<job>} for work no person asked for
     * @param action what happened, e.g. {@code PROVIDER_APPROVED}
     */
    public void record(String actor, String action, String objectType, String objectId, Object before, Object after) {
        entityManager.createNativeQuery("""
                insert into audit_record (id, at, actor, action, object_type, object_id, before_state, after_state)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, OffsetDateTime.ofInstant(clock.instant(), BusinessClock.ZONE))
                .setParameter(3, actor)
                .setParameter(4, action)
                .setParameter(5, objectType)
                .setParameter(6, objectId)
                .setParameter(7, before == null ? null : EventCodec.tree(before).toString())
                .setParameter(8, after == null ? null : EventCodec.tree(after).toString())
                .executeUpdate();
    }
}
