package org.homecare.contracts.audit;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.ids.TimeOrderedIds;

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

    /** One change: who did what to which object, with JSON snapshots before and after. */
    public record Entry(String actor, String action, String objectType, String objectId, Object before, Object after) {
    }

    private static final String INSERT = """
            insert into audit_record (id, at, actor, action, object_type, object_id, before_state, after_state)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * @param actor the user name from the token, or {@code system:<job>} for work no person asked for
     * @param action what happened, e.g. {@code PROVIDER_APPROVED}
     */
    public void record(String actor, String action, String objectType, String objectId, Object before, Object after) {
        recordAll(List.of(new Entry(actor, action, objectType, objectId, before, after)));
    }

    /** Many changes in one JDBC batch, for bulk work. */
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), BusinessClock.ZONE);
        // plain JDBC does not flush pending entity changes as a Hibernate query would: flush them first, so the
        // caller sees the same order of writes and a later JDBC read in the transaction sees its own changes
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Entry entry : entries) {
                    insert.setObject(1, TimeOrderedIds.next());
                    insert.setObject(2, at);
                    insert.setString(3, entry.actor());
                    insert.setString(4, entry.action());
                    insert.setString(5, entry.objectType());
                    insert.setString(6, entry.objectId());
                    insert.setString(7, entry.before() == null ? null : EventCodec.json(entry.before()));
                    insert.setString(8, entry.after() == null ? null : EventCodec.json(entry.after()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
