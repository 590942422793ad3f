package org.alumniportal.analytics.testing;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends events to their registered topic the way every service's outbox relay does (envelope JSON, keyed by the
 * subject), so analytics is fed through its real consumer.
 */
public final class PortalEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaTemplate<String, String> kafka;

    public PortalEvents(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    /** Sends with a new envelope id, stamped now; returns the id. */
    public String send(String subject, DomainEvent event) {
        return send(UUID.randomUUID().toString(), subject, event, Instant.now());
    }

    public String send(String subject, DomainEvent event, Instant time) {
        return send(UUID.randomUUID().toString(), subject, event, time);
    }

    /** Sends a ready envelope (a contract sample, say) to its type's topic, keyed by its subject. */
    public void send(EventEnvelope envelope) {
        String topic = EventTypes.byType(envelope.type()).orElseThrow().topic();
        try {
            kafka.send(topic, envelope.subject(), JSON.writeValueAsString(envelope)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send " + envelope.type(), e);
        }
    }

    /** Sends with the given envelope id: the same id twice is what a redelivery looks like. */
    public String send(String eventId, String subject, DomainEvent event, Instant time) {
        EventTypes.Registration registration = EventTypes.of(event.getClass());
        EventEnvelope envelope = new EventEnvelope(eventId, registration.type(), "test", time, subject,
                JSON.valueToTree(event));
        try {
            kafka.send(registration.topic(), subject, JSON.writeValueAsString(envelope)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send " + registration.type(), e);
        }
        return eventId;
    }
}
