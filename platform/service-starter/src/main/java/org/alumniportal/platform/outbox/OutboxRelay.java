package org.alumniportal.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends pending outbox entries to Kafka, oldest first, one at a time, and marks an entry sent only after the
 * broker acknowledged it (acks=all, idempotent producer). A failure leaves the entry pending and stops the
 * round, so later events of the same aggregate do not overtake it; the next poll retries. It runs on one
 * thread of its own: a publish nudges it (milliseconds of latency), and it also polls, which is what picks up
 * entries left behind by a crash or an outage.
 *
 * <p>At-least-once: a crash after the send and before the "sent" update, a send whose acknowledgement timed
 * out, or two instances of a service relaying the same entry can all deliver an event twice. Consumers dedupe
 * by envelope id ({@code ProcessedEvents}).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean failing;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
    }

    /** Asks for a relay round soon, without waiting for it. Safe to call at any time, also when stopped. */
    public void nudge() {
        ScheduledExecutorService current = executor;
        if (current != null && nudged.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    nudged.set(false);
                    relayQuietly();
                });
            } catch (RuntimeException rejected) {
                nudged.set(false);
            }
        }
    }

    /**
     * Sends pending entries until none is left or one fails.
     *
     * @return how many were sent
     */
    public int relayPending() {
        int sent = 0;
        while (true) {
            List<OutboxEntry> batch = mongo.find(query(where("status").is(OutboxEntry.Status.PENDING))
                    .with(Sort.by("sequence")).limit(properties.batchSize()), OutboxEntry.class);
            for (OutboxEntry entry : batch) {
                if (!send(entry)) {
                    return sent;
                }
                sent++;
            }
            if (batch.size() < properties.batchSize()) {
                return sent;
            }
        }
    }

    private boolean send(OutboxEntry entry) {
        try {
            kafka.send(entry.topic(), entry.key(), entry.payload())
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recordFailure(entry, e);
            return false;
        } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
            recordFailure(entry, e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e);
            return false;
        }
        mongo.updateFirst(query(where("_id").is(entry.id())),
                new Update().set("status", OutboxEntry.Status.SENT).set("sentAt", Instant.now()).inc("attempts", 1)
                        .unset("lastError"),
                OutboxEntry.class);
        if (failing) {
            failing = false;
            log.info("Kafka reachable again, outbox relay resumed with event {}", entry.id());
        }
        log.debug("Sent event {} {} to {}", entry.type(), entry.id(), entry.topic());
        return true;
    }

    private void recordFailure(OutboxEntry entry, Throwable cause) {
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        mongo.updateFirst(query(where("_id").is(entry.id())),
                new Update().inc("attempts", 1).set("lastError", error), OutboxEntry.class);
        if (!failing) {
            failing = true;
            log.warn("Outbox relay cannot send event {} to {} ({}); it stays pending and is retried every {}",
                    entry.id(), entry.topic(), error, properties.pollInterval());
        } else {
            log.debug("Outbox relay still failing for event {}: {}", entry.id(), error);
        }
    }

    /** Sent entries are only kept for inspection; without this the pending query would scan them forever. */
    void purgeSent() {
        Instant before = Instant.now().minus(properties.sentRetention());
        mongo.remove(query(where("status").is(OutboxEntry.Status.SENT).and("sentAt").lt(before)), OutboxEntry.class);
    }

    private void relayQuietly() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            // Mongo itself unreachable: nothing is lost, the next poll tries again.
            log.warn("Outbox relay round failed: {}", e.toString());
        }
    }

    private void purgeQuietly() {
        try {
            purgeSent();
        } catch (RuntimeException e) {
            log.debug("Outbox purge failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        ensureIndex();
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, properties.pollInterval().toMillis());
        started.scheduleWithFixedDelay(this::relayQuietly, 0, interval, TimeUnit.MILLISECONDS);
        started.scheduleWithFixedDelay(this::purgeQuietly, PURGE_INTERVAL.toMillis(), PURGE_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        executor = started;
    }

    private void ensureIndex() {
        try {
            mongo.indexOps(OutboxEntry.class)
                    .createIndex(new Index().on("status", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC)
                            .named("outbox_pending"));
        } catch (RuntimeException e) {
            log.debug("Outbox index not created: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                // An interrupted send leaves its entry pending, so a short grace loses nothing.
                if (!running.awaitTermination(2, TimeUnit.SECONDS)) {
                    running.shutdownNow();
                }
            } catch (InterruptedException e) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isAutoStartup() {
        return properties.relayEnabled();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops before the Kafka producer and the Mongo client are closed (they stop in the default phase). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
