package org.homecare.voucher.repository;

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
 * The batch form of event-contracts' {@code Inbox.firstDelivery}, on the same inbox table: records a polled batch of
 * consumed event ids with one statement, in the consumer's transaction, and answers which of them are delivered for
 * the first time. A concurrent delivery of the same id waits on the primary key until the first transaction ends.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InboxRecords {

    private final EntityManager entityManager;
    private final BusinessClock clock;

    public InboxRecords(EntityManager entityManager, BusinessClock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** @return the ids {@code consumer} has not seen before (now recorded); an id twice in the list counts once */
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        Set<UUID> first = new HashSet<>();
        if (eventIds.isEmpty()) {
            return first;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), BusinessClock.ZONE);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into inbox_event (consumer, event_id, processed_at)
                    select ?, id, ? from unnest(?) as t(id)
                    on conflict (consumer, event_id) do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setObject(2, now);
                insert.setArray(3, connection.createArrayOf("uuid", eventIds.toArray()));
                try (var rows = insert.executeQuery()) {
                    while (rows.next()) {
                        first.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return first;
    }
}
