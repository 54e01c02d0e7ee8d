package org.homecare.contracts.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
}
