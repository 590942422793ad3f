package org.alumniportal.notification.testing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventSamples;
import org.alumniportal.platform.events.EventTypes;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends events the way the producers' outbox relays do (envelope JSON as the value, keyed by the subject, on
 * the type's topic). Most start from the contract's JSON sample ({@link EventSamples}) with the ids a test
 * needs put in, so what is proven here is what the producers' tests are held to.
 */
public final class Events {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaTemplate<String, String> kafka;

    public Events(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    /** The sample of {@code payload} with a new envelope id and these data members replaced. */
    public static EventEnvelope sample(Class<? extends DomainEvent> payload, Map<String, ?> replacements) {
        EventEnvelope sample = EventSamples.read(JSON, payload);
        ObjectNode data = (ObjectNode) sample.data().deepCopy();
        replacements.forEach((field, value) -> {
            if (!data.has(field)) {
                throw new IllegalArgumentException(sample.type() + " sample has no member " + field);
            }
            data.set(field, JSON.valueToTree(value));
        });
        return new EventEnvelope(UUID.randomUUID().toString(), sample.type(), sample.source(), Instant.now(),
                sample.subject(), data);
    }

    /** A new envelope around {@code event}. */
    public static EventEnvelope of(String subject, DomainEvent event) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventTypes.typeOf(event.getClass()), "test", Instant.now(),
                subject, JSON.valueToTree(event));
    }

    /** Sends the envelope as is (sending one twice is what a redelivery looks like). */
    public EventEnvelope send(EventEnvelope envelope) {
        String topic = EventTypes.byType(envelope.type()).orElseThrow().topic();
        try {
            kafka.send(topic, envelope.subject(), JSON.writeValueAsString(envelope)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send " + envelope.type(), e);
        }
        return envelope;
    }

    /** Sends without waiting for the broker's acknowledgement (for load at a fixed rate). */
    public void sendAsync(EventEnvelope envelope) {
        String topic = EventTypes.byType(envelope.type()).orElseThrow().topic();
        kafka.send(topic, envelope.subject(), JSON.writeValueAsString(envelope));
    }

    public EventEnvelope send(Class<? extends DomainEvent> payload, Map<String, ?> replacements) {
        return send(sample(payload, replacements));
    }

    public EventEnvelope send(String subject, DomainEvent event) {
        return send(of(subject, event));
    }
}
