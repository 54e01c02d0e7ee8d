package org.homecare.contracts.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.homecare.contracts.clock.BusinessClock;

/**
 * Records consumed event ids in the consumer's own transaction: the effect and the record commit together, so a
 * redelivered event is recognised and changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Inbox {

    private final EntityManager entityManager;
    private final BusinessClock clock;

    public Inbox(EntityManager entityManager, BusinessClock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * @return true the first time {@code consumer} sees {@code eventId}; false for a redelivery. A concurrent delivery
     *         of the same id waits on the primary key until the first transaction ends.
     */
    public boolean firstDelivery(String consumer, UUID eventId) {
        return entityManager.createNativeQuery("""
                insert into inbox_event (consumer, event_id, processed_at) values (?1, ?2, ?3)
                on conflict (consumer, event_id) do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), BusinessClock.ZONE))
                .executeUpdate() == 1;
    }

    /**
     * The batch form, for consumers that apply a polled batch in one transaction: one statement for all the ids.
     *
     * @return the ids {@code consumer} has not seen before (now recorded); an id twice in the list counts once
     */
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        Set<UUID> first = new HashSet<>();
        if (eventIds.isEmpty()) {
            return first;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), BusinessClock.ZONE);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_event (consumer, event_id, processed_at)
                    select ?, id, ? from unnest(?) as t(id)
                    on conflict (consumer, event_id) do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setObject(2, now);
                insert.setArray(3, connection.createArrayOf("uuid", eventIds.toArray()));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        first.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return first;
    }
}
