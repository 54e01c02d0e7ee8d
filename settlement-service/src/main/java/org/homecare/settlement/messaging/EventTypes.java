package org.homecare.settlement.messaging;

import org.homecare.contracts.events.EventCatalog;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.MalformedEventException;

/** Tells an event this service has no use for (passed over) from one nobody knows (dead-lettered). */
final class EventTypes {

    private EventTypes() {
    }

    static void requireKnown(EventEnvelope envelope) {
        if (EventCatalog.classOf(envelope.type()).isEmpty()) {
            throw new MalformedEventException("unknown event type " + envelope.type() + " in event " + envelope.id());
        }
    }
}
