package org.homecare.contracts.outbox;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.ids.TimeOrderedIds;

/**
 * Writes an event into the outbox table in the caller's transaction, so the state change and its event commit or
 * roll back together. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxWriter {

    private final EntityManager entityManager;
    private final BusinessClock clock;
    private final String source;

    public OutboxWriter(EntityManager entityManager, BusinessClock clock,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.source = source;
    }

    private static final String INSERT = """
            insert into outbox_event (id, topic, event_key, event_type, payload, created_at)
            values (?, ?, ?, ?, ?, ?)""";

    /** @return the event's id, which consumers deduplicate on */
    public UUID append(DomainEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    /**
     * Many events in one JDBC batch: for bulk work (re-certification, batch submissions) one round trip, not n.
     *
     * @return the events' ids, in order
     */
    public List<UUID> appendAll(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(events.size());
        // time-ordered: the outbox's and every consumer's inbox index then grow at one end
        events.forEach(e -> ids.add(TimeOrderedIds.next()));
        // plain JDBC does not flush pending entity changes as a Hibernate query would: flush them first, so the
        // caller sees the same order of writes and a later JDBC read in the transaction sees its own changes
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < events.size(); i++) {
                    DomainEvent event = events.get(i);
                    Instant time = clock.instant();
                    insert.setObject(1, ids.get(i));
                    insert.setString(2, event.topic());
                    insert.setString(3, event.subject());
                    insert.setString(4, event.type());
                    insert.setString(5, EventCodec.encode(ids.get(i), event, source, time));
                    insert.setObject(6, OffsetDateTime.ofInstant(time, BusinessClock.ZONE));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return ids;
    }
}
