package org.alumniportal.platform.outbox;

import java.util.concurrent.atomic.AtomicLong;

import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a domain event: the envelope is stored in the {@code outbox} collection, and {@link OutboxRelay}
 * sends it to the event's topic (from {@link EventTypes}) with key = subject. Returns as soon as the entry is
 * stored, whether Kafka is up or not.
 *
 * <p>No transaction joins the entry with the service's own state change: the embedded MongoDB-compatible
 * store has none (STACK-NOTES), and a {@code MongoTransactionManager} would fail there at once. So call
 * {@code publish} right after the state write. The window that remains is a crash between that write and
 * this insert: the state is saved and the event is never published. A service that cannot accept that
 * keeps the event in the same document as the state change (one atomic write) or re-publishes on recovery;
 * consumers dedupe by envelope id, so a second publish is harmless. Everything after the insert is covered:
 * the relay retries until Kafka acknowledges, also after a restart.
 */
public class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final OutboxRelay relay;
    private final String source;
    private final AtomicLong lastSequence = new AtomicLong();

    public EventPublisher(MongoTemplate mongo, JsonMapper json, OutboxRelay relay, String source) {
        this.mongo = mongo;
        this.json = json;
        this.relay = relay;
        this.source = source;
    }

    /**
     * @param subject the aggregate id (the user id for user events): the record key, so one aggregate's
     *                events stay in order on one partition
     * @return the envelope as stored and as it will be sent
     */
    public EventEnvelope publish(String subject, DomainEvent event) {
        EventTypes.Registration registration = EventTypes.of(event.getClass());
        EventEnvelope envelope = EventEnvelope.of(source, subject, event, json.valueToTree(event));
        OutboxEntry entry = new OutboxEntry(envelope.id(), registration.topic(), subject, envelope.type(),
                json.writeValueAsString(envelope), OutboxEntry.Status.PENDING, nextSequence(), envelope.time(), null,
                0, null);
        mongo.insert(entry);
        log.debug("Stored event {} {} for {} in the outbox", envelope.type(), envelope.id(), subject);
        relay.nudge();
        return envelope;
    }

    /** Strictly increasing in this JVM and close to wall-clock microseconds, so also ordered across restarts. */
    private long nextSequence() {
        long nowMicros = System.currentTimeMillis() * 1000;
        return lastSequence.updateAndGet(previous -> Math.max(previous + 1, nowMicros));
    }
}
