package org.homecare.contracts.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes and reads the wire form of events. It has its own mapper so the contract does not change with a service's
 * Jackson settings: ISO-8601 instants and dates, no nulls, unknown fields tolerated on read (a newer producer may add
 * optional fields within a schema version).
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(IsoInstants.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The envelope type of each event record, built once: building it per read shows in a busy consumer's profile. */
    private static final ClassValue<JavaType> TYPED_ENVELOPES = new ClassValue<>() {
        @Override
        protected JavaType computeValue(Class<?> type) {
            return MAPPER.getTypeFactory().constructParametricType(TypedEnvelope.class, type);
        }
    };

    public static EventEnvelope envelope(UUID id, DomainEvent event, String source, Instant time) {
        return new EventEnvelope(id, event.type(), source, time, event.subject(), event.dataschema(),
                MAPPER.valueToTree(event));
    }

    /**
     * The wire form of an event in its envelope, written in one pass: the same text as
     * {@code encode(envelope(id, event, source, time))} without building the data's JSON tree first (the outbox writes
     * every event this way, and the tree cost as much as the writing).
     */
    public static String encode(UUID id, DomainEvent event, String source, Instant time) {
        return json(new TypedEnvelope<>(id, event.type(), source, time, event.subject(), event.dataschema(), event));
    }

    /** Any value as this codec writes it: for snapshots stored as JSON (the audit trail's before and after). */
    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }

    public static String encode(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + envelope.type() + " cannot be written as JSON", e);
        }
    }

    /** @throws MalformedEventException when the text is not an envelope; the caller dead-letters it. */
    public static EventEnvelope decode(String json) {
        try {
            EventEnvelope envelope = MAPPER.readValue(json, EventEnvelope.class);
            if (envelope.id() == null || envelope.type() == null || envelope.data() == null) {
                throw new MalformedEventException("envelope lacks id, type or data");
            }
            return envelope;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a JSON event envelope: " + e.getOriginalMessage());
        }
    }

    /**
     * Reads an envelope whose type the caller already knows (from the record's {@code ce_type} header) straight into
     * its record: one pass over the text instead of a tree and then the record, for consumers of busy topics.
     *
     * @throws MalformedEventException when the text is not such an envelope or names another type
     */
    public static <T extends DomainEvent> TypedEnvelope<T> decode(String json, Class<T> type) {
        try {
            TypedEnvelope<T> envelope = MAPPER.readValue(json, TYPED_ENVELOPES.get(type));
            if (envelope.id() == null || envelope.data() == null) {
                throw new MalformedEventException("envelope lacks id or data");
            }
            if (!type.getSimpleName().equals(envelope.type())) {
                throw new MalformedEventException("event " + envelope.id() + " is a " + envelope.type()
                        + ", not the " + type.getSimpleName() + " its header names");
            }
            return envelope;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a " + type.getSimpleName() + " envelope: " + e.getOriginalMessage());
        }
    }

    public static <T extends DomainEvent> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return MAPPER.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(
                    "data of " + envelope.type() + " " + envelope.id() + " does not match: " + e.getOriginalMessage());
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    private EventCodec() {
    }
}
