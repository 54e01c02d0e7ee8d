package org.homecare.contracts.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homecare.contracts.clock.BusinessClock;
import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;

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

    /** @return the envelope as it will be published (its id is the event id consumers deduplicate on) */
    public EventEnvelope append(DomainEvent event) {
        EventEnvelope envelope = EventCodec.envelope(UUID.randomUUID(), event, source, clock.instant());
        entityManager.createNativeQuery("""
                insert into outbox_event (id, topic, event_key, event_type, payload, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, envelope.id())
                .setParameter(2, event.topic())
                .setParameter(3, envelope.subject())
                .setParameter(4, envelope.type())
                .setParameter(5, EventCodec.encode(envelope))
                .setParameter(6, OffsetDateTime.ofInstant(envelope.time(), BusinessClock.ZONE))
                .executeUpdate();
        return envelope;
    }
}
