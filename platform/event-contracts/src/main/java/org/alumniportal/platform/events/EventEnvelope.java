package org.alumniportal.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The one envelope every topic carries (CloudEvents-like): {@code type} is versioned
 * ({@code user.registered.v1}) so that consumers can evolve; {@code subject} is the aggregate id and the
 * Kafka record key, which keeps one aggregate's events in order.
 */
public record EventEnvelope(String id, String type, String source, Instant time, String subject, JsonNode data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
    }

    public static EventEnvelope of(String source, String subject, DomainEvent event, JsonNode data) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventTypes.typeOf(event.getClass()), source,
                Instant.now(), subject, data);
    }
}
