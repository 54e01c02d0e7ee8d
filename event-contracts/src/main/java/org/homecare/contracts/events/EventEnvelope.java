package org.homecare.contracts.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CloudEvents-style envelope every event travels in (docs/architecture.md, "Topics and events").
 * {@code data} stays a JSON tree until a consumer asks for its record with {@link EventCodec#data}.
 */
public record EventEnvelope(UUID id, String type, String source, Instant time, String subject, String dataschema,
        JsonNode data) {
}
