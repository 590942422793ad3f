package org.alumniportal.mentorship.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends user and profile events the way auth-service's and profile-service's outbox relays do (envelope as a
 * JSON String on the type's topic, keyed by the user id), so the read model is fed through its real consumer.
 */
public final class PortalEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaTemplate<String, String> kafka;

    public PortalEvents(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    public static ProfileUpdated profile(String userId, String role, String name, List<String> skills) {
        return new ProfileUpdated(userId, role, name, "Engineer", "Acme", "Engineer", "Pune", 2020, skills, 3,
                "SIGNED_IN", false, false, 80);
    }

    /** Sends an event with a new id, stamped {@code time}; returns the envelope's id. */
    public String send(String userId, DomainEvent event, Instant time) {
        String eventId = UUID.randomUUID().toString();
        EventTypes.Registration registration = EventTypes.of(event.getClass());
        EventEnvelope envelope = new EventEnvelope(eventId, registration.type(), "test", time, userId,
                JSON.valueToTree(event));
        try {
            kafka.send(registration.topic(), userId, JSON.writeValueAsString(envelope)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send " + envelope.type(), e);
        }
        return eventId;
    }
}
