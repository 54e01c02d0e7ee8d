package org.homecare.contracts.messaging;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homecare.contracts.events.DomainEvent;
import org.homecare.contracts.events.EventCodec;
import org.homecare.contracts.events.EventEnvelope;
import org.homecare.contracts.events.MalformedEventException;
import org.homecare.contracts.events.TypedEnvelope;

/**
 * What a consumer does with each event type of its topic, as a table: a type it applies is routed to its handler
 * ({@link #on}, single-event consumers) or read into what its batch applies ({@link #read(Class, Reading)}, batch
 * consumers); a known type it has no use for is passed over ({@link #passOver}); any other type, and text that is not
 * an event, throws {@link MalformedEventException}, which sends the record to the dead-letter topic with the reason.
 * Decoding by type happens here, in messaging; the use cases get the event's record and its id.
 *
 * @param <R> what a batch consumer makes of an event; {@code Void} for a single-event consumer
 */
public final class EventRoutes<R> {

    /** Applies one event: the use case records the inbox and makes the change. */
    @FunctionalInterface
    public interface Handler<T extends DomainEvent> {
        void handle(UUID eventId, T data);
    }

    /** Makes what a batch applies of one event. */
    @FunctionalInterface
    public interface Reading<T extends DomainEvent, R> {
        R read(UUID eventId, T data);
    }

    private record Route<T extends DomainEvent, R>(Class<T> type, Reading<T, R> reading) {

        Optional<R> fromTree(EventEnvelope envelope) {
            return Optional.ofNullable(reading.read(envelope.id(), EventCodec.data(envelope, type)));
        }

        Optional<R> fromText(String json) {
            TypedEnvelope<T> envelope = EventCodec.decode(json, type);
            return Optional.ofNullable(reading.read(envelope.id(), envelope.data()));
        }
    }

    private final String topic;
    private final Map<String, Route<?, R>> routes = new HashMap<>();
    private final Set<String> passedOver = new HashSet<>();

    private EventRoutes(String topic) {
        this.topic = topic;
    }

    /** An empty table for the consumer of {@code topic} (named in the reason of what it dead-letters). */
    public static <R> EventRoutes<R> of(String topic) {
        return new EventRoutes<>(topic);
    }

    /** Events of {@code type} are applied by {@code handler}; reading one yields nothing for a batch. */
    public <T extends DomainEvent> EventRoutes<R> on(Class<T> type, Handler<T> handler) {
        return read(type, (eventId, data) -> {
            handler.handle(eventId, data);
            return null;
        });
    }

    /** Events of {@code type} are read into what the consumer's batch applies. */
    public <T extends DomainEvent> EventRoutes<R> read(Class<T> type, Reading<T, R> reading) {
        String name = type.getSimpleName();
        if (passedOver.contains(name) || routes.putIfAbsent(name, new Route<>(type, reading)) != null) {
            throw new IllegalStateException(name + " is routed twice on " + topic);
        }
        return this;
    }

    /** Known event types this consumer has no use for: read as envelopes (unreadable text still fails), then dropped. */
    @SafeVarargs
    public final EventRoutes<R> passOver(Class<? extends DomainEvent>... types) {
        for (Class<? extends DomainEvent> type : types) {
            String name = type.getSimpleName();
            if (routes.containsKey(name) || !passedOver.add(name)) {
                throw new IllegalStateException(name + " is routed twice on " + topic);
            }
        }
        return this;
    }

    /**
     * Reads an event's text, routes it by its envelope's type and applies it (a single-event consumer).
     *
     * @throws MalformedEventException when the text is not an event, its type is unknown here or its data does not
     *             match the type
     */
    public void dispatch(String json) {
        read(json);
    }

    /**
     * Reads an event's text and routes it by its envelope's type.
     *
     * @return what the batch applies, or empty for an event passed over (or applied by a handler)
     * @throws MalformedEventException as {@link #dispatch}
     */
    public Optional<R> read(String json) {
        EventEnvelope envelope = EventCodec.decode(json);
        Route<?, R> route = routes.get(envelope.type());
        if (route != null) {
            return route.fromTree(envelope);
        }
        if (passedOver.contains(envelope.type())) {
            return Optional.empty();
        }
        throw new MalformedEventException(
                "unknown event type " + envelope.type() + " on " + topic + " in event " + envelope.id());
    }

    /**
     * Reads an event whose record type the {@code ce_type} header names: a routed type is read straight from the text
     * into its record, in one pass (on a busy topic the generic envelope-then-data reading is the largest cost of
     * consuming it); without the header, or for a type not routed, as {@link #read(String)}.
     *
     * @throws MalformedEventException as {@link #dispatch}, and when the text holds another type than the header names
     */
    public Optional<R> read(String json, String headerType) {
        if (headerType != null) {
            Route<?, R> route = routes.get(headerType);
            if (route != null) {
                return route.fromText(json);
            }
        }
        return read(json);
    }
}
