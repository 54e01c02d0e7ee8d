package org.homecare.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** An {@link EventEnvelope} read with its data already as the event's record ({@link EventCodec#decode(String, Class)}). */
public record TypedEnvelope<T extends DomainEvent>(UUID id, String type, String source, Instant time, String subject,
        String dataschema, T data) {
}
