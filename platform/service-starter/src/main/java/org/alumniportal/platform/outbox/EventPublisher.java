package org.alumniportal.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a domain event: the envelope is stored in the {@code outbox} collection, and {@link OutboxRelay}
 * sends it to the event's topic (from {@link EventTypes}) with key = subject. Returns as soon as the entry is
 * stored, whether Kafka is up or not.
 *
 * <p>{@link #publishWith} joins the entry with the service's own state change. Where the database has
 * transactions (a real MongoDB replica set or sharded cluster, detected at start-up, {@code
 * portal.outbox.transactions}) both commit in one transaction. The embedded MongoDB-compatible store has none
 * (STACK-NOTES), so there the order is the one that loses nothing: the entries are written first as {@code
 * STAGED} (the relay does not send them), then the state, then the entries are released; a failed state write
 * removes them again. A crash between the two writes leaves staged entries, which the relay releases after
 * {@code portal.outbox.staged-timeout}: the event is published rather than lost, and consumers dedupe by envelope
 * id, so a re-publish is harmless. Everything after the release is covered: the relay retries until Kafka
 * acknowledges, also after a restart.
 *
 * <p>{@link #publish} alone writes the entry at once; called after a state write it leaves the window of a crash
 * between the two writes. A failed outbox write always throws: nothing here swallows it.
 */
public class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final OutboxRelay relay;
    private final String source;
    private final TransactionTemplate transactions;
    private final AtomicLong lastSequence = new AtomicLong();

    public EventPublisher(MongoTemplate mongo, JsonMapper json, OutboxRelay relay, String source) {
        this(mongo, json, relay, source, null);
    }

    /** @param transactions over a {@code MongoTransactionManager} where the database has transactions, else null */
    public EventPublisher(MongoTemplate mongo, JsonMapper json, OutboxRelay relay, String source,
            TransactionTemplate transactions) {
        this.mongo = mongo;
        this.json = json;
        this.relay = relay;
        this.source = source;
        this.transactions = transactions;
    }

    /** Whether {@link #publishWith} commits the state change and its events in one database transaction. */
    public boolean transactional() {
        return transactions != null;
    }

    /**
     * Runs {@code stateChange} and publishes {@code events} so that neither goes without the other (see the class
     * comment): one transaction where the database has them, otherwise staged entries written first.
     *
     * @param subject the aggregate id, as for {@link #publish}
     * @return what {@code stateChange} returned; its exception is rethrown after the events were removed
     */
    public <T> T publishWith(String subject, Supplier<T> stateChange, DomainEvent... events) {
        if (transactions != null) {
            return transactions.execute(status -> {
                T result = stateChange.get();
                for (DomainEvent event : events) {
                    publish(subject, event);
                }
                return result;
            });
        }
        StagedEvents staged = stage(subject, events);
        T result;
        try {
            result = stateChange.get();
        } catch (RuntimeException | Error failed) {
            staged.discard();
            throw failed;
        }
        staged.release();
        return result;
    }

    /** {@link #publishWith(String, Supplier, DomainEvent...)} with events collected in a list. */
    public <T> T publishWith(String subject, Supplier<T> stateChange, List<? extends DomainEvent> events) {
        return publishWith(subject, stateChange, events.toArray(DomainEvent[]::new));
    }

    /**
     * For a conditional state change (an update guarded by the current state, which may find nothing to change):
     * {@code events} are published only if {@code stateChange} answers true, with the same guarantees as
     * {@link #publishWith}. On the embedded store they are staged first and removed again when it answers false.
     *
     * @return what {@code stateChange} answered
     */
    public boolean publishWhen(String subject, BooleanSupplier stateChange, DomainEvent... events) {
        if (transactions != null) {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                boolean changed = stateChange.getAsBoolean();
                if (changed) {
                    for (DomainEvent event : events) {
                        publish(subject, event);
                    }
                }
                return changed;
            }));
        }
        StagedEvents staged = stage(subject, events);
        boolean changed;
        try {
            changed = stateChange.getAsBoolean();
        } catch (RuntimeException | Error failed) {
            staged.discard();
            throw failed;
        }
        if (changed) {
            staged.release();
        } else {
            staged.discard();
        }
        return changed;
    }

    /**
     * Writes {@code events} to the outbox as {@code STAGED}: stored, but not sent until {@link StagedEvents#release}
     * (or, after a crash, until {@code portal.outbox.staged-timeout} has passed).
     */
    public StagedEvents stage(String subject, DomainEvent... events) {
        List<OutboxEntry> entries = new ArrayList<>();
        try {
            for (DomainEvent event : events) {
                entries.add(store(subject, event, OutboxEntry.Status.STAGED));
            }
        } catch (RuntimeException failed) {
            new StagedEvents(mongo, relay, entries).discard();
            throw failed;
        }
        return new StagedEvents(mongo, relay, entries);
    }

    /**
     * @param subject the aggregate id (the user id for user events): the record key, so one aggregate's
     *                events stay in order on one partition
     * @return the envelope as stored and as it will be sent
     */
    public EventEnvelope publish(String subject, DomainEvent event) {
        EventEnvelope envelope = EventEnvelope.of(source, subject, event, json.valueToTree(event));
        relay.nudgeWritten(List.of(store(subject, event, envelope, OutboxEntry.Status.PENDING)));
        return envelope;
    }

    private OutboxEntry store(String subject, DomainEvent event, OutboxEntry.Status status) {
        return store(subject, event, EventEnvelope.of(source, subject, event, json.valueToTree(event)), status);
    }

    private OutboxEntry store(String subject, DomainEvent event, EventEnvelope envelope, OutboxEntry.Status status) {
        EventTypes.Registration registration = EventTypes.of(event.getClass());
        OutboxEntry entry = new OutboxEntry(envelope.id(), registration.topic(), subject, envelope.type(),
                json.writeValueAsString(envelope), status, nextSequence(), envelope.time(), null, 0, null);
        mongo.insert(entry);
        log.debug("Stored event {} {} for {} in the outbox ({})", envelope.type(), envelope.id(), subject, status);
        return entry;
    }

    /** Strictly increasing in this JVM and close to wall-clock microseconds, so also ordered across restarts. */
    private long nextSequence() {
        long nowMicros = System.currentTimeMillis() * 1000;
        return lastSequence.updateAndGet(previous -> Math.max(previous + 1, nowMicros));
    }
}
