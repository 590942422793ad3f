package org.alumniportal.job.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends profile events to {@code portal.profile} the way profile-service's outbox relay does (envelope as a
 * JSON String, keyed by the user id), so job-service's read model is fed through its real consumer.
 */
public final class ProfileEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaTemplate<String, String> kafka;

    public ProfileEvents(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    public static ProfileUpdated updated(String userId, String role, List<String> skills, String location,
            Integer yearsOfExperience) {
        return new ProfileUpdated(userId, role, "Test Person", "Engineer", "Acme", "Engineer", location, 2020,
                skills, yearsOfExperience, "SIGNED_IN", false, true, 80);
    }

    public static ProfileDeleted deleted(String userId) {
        return new ProfileDeleted(userId, userId, "OWNER");
    }

    /** Sends an event with a new id, stamped {@code time}; returns the envelope's id. */
    public String send(String userId, DomainEvent event, Instant time) {
        return send(UUID.randomUUID().toString(), userId, event, time);
    }

    /** Sends an event with the given envelope id (the same id twice is what a redelivery looks like). */
    public String send(String eventId, String userId, DomainEvent event, Instant time) {
        EventEnvelope envelope = new EventEnvelope(eventId, EventTypes.typeOf(event.getClass()), "profile-service",
                time, userId, JSON.valueToTree(event));
        try {
            kafka.send(Topics.PROFILE, userId, JSON.writeValueAsString(envelope)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send " + envelope.type(), e);
        }
        return eventId;
    }
}
