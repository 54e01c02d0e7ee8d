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

    /** Events per bundle row: a batch of logs fits in one; a bulk job's thousands of events do not make one huge row. */
    static final int BUNDLE_SIZE = 500;

    private static final String INSERT = """
            insert into outbox_event (id, topic, event_key, event_type, payload, created_at, event_count)
            values (?, ?, ?, ?, ?, ?, ?)""";

    /** @return the event's id, which consumers deduplicate on */
    public UUID append(DomainEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    /**
     * Many events in one round trip, in rows of up to {@link #BUNDLE_SIZE} events each ({@link EventBundle}): for
     * bulk work (re-certification, batch submissions) the outbox then costs the database per transaction, not per
     * event.
     *
     * @return the events' ids, in order
     */
    public List<UUID> appendAll(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Instant time = clock.instant();
        List<EventBundle.Entry> entries = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            // time-ordered: every consumer's inbox index then grows at one end
            UUID id = TimeOrderedIds.next();
            entries.add(new EventBundle.Entry(id, event.topic(), event.subject(), event.type(),
                    EventCodec.encode(id, event, source, time)));
        }
        // plain JDBC does not flush pending entity changes as a Hibernate query would: flush them first, so the
        // caller sees the same order of writes and a later JDBC read in the transaction sees its own changes
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int from = 0; from < entries.size(); from += BUNDLE_SIZE) {
                    List<EventBundle.Entry> rowEntries = entries.subList(from,
                            Math.min(entries.size(), from + BUNDLE_SIZE));
                    EventBundle.Entry first = rowEntries.get(0);
                    insert.setObject(1, first.id());
                    insert.setString(2, first.topic());
                    insert.setString(3, first.key());
                    insert.setString(4, first.type());
                    insert.setString(5, rowEntries.size() == 1 ? first.payload() : EventBundle.encode(rowEntries));
                    insert.setObject(6, OffsetDateTime.ofInstant(time, BusinessClock.ZONE));
                    insert.setInt(7, rowEntries.size());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return entries.stream().map(EventBundle.Entry::id).toList();
    }
}
