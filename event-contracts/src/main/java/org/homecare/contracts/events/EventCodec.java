package org.homecare.contracts.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public static EventEnvelope envelope(UUID id, DomainEvent event, String source, Instant time) {
        return new EventEnvelope(id, event.type(), source, time, event.subject(), event.dataschema(),
                MAPPER.valueToTree(event));
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
