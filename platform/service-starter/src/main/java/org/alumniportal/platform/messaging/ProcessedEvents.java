package org.alumniportal.platform.messaging;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Idempotent consumers: Kafka delivers at least once, so a consumer applies an event only on its first
 * delivery. The check is an insert on a unique {@code _id}, atomic in any MongoDB (and in the embedded store)
 * without a transaction.
 */
public class ProcessedEvents {

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Marks the event as processed by {@code consumer}.
     *
     * @param consumer a stable name of the consuming feature ({@code profile-on-user-registered})
     * @return true on the first delivery, false for a redelivery (skip it)
     */
    public boolean firstDelivery(String consumer, String eventId) {
        try {
            mongo.insert(new ProcessedEvent(ProcessedEvent.idOf(consumer, eventId), consumer, eventId, Instant.now()));
            return true;
        } catch (DuplicateKeyException alreadyProcessed) {
            return false;
        }
    }

    /** Undoes {@link #firstDelivery}, so a retry of an event whose handling failed is applied after all. */
    public void forget(String consumer, String eventId) {
        mongo.remove(query(where("_id").is(ProcessedEvent.idOf(consumer, eventId))), ProcessedEvent.class);
    }

    /**
     * Deletes the marks of events applied before {@code now - retention}: past the redelivery window Kafka
     * cannot deliver them again, so the marks only cost space and scan time.
     *
     * @return how many marks were deleted
     */
    public long prune(Duration retention) {
        Instant before = Instant.now().minus(retention);
        return mongo.remove(query(where("processedAt").lt(before)), ProcessedEvent.class).getDeletedCount();
    }

    /**
     * Runs {@code effect} on the first delivery only; if it throws, the mark is removed and the exception
     * rethrown, so the error handler's retry applies the event again. (A crash between the mark and the
     * effect still skips the effect: keep effects small, or make them idempotent themselves.)
     *
     * @return whether the effect ran
     */
    public boolean runOnce(String consumer, String eventId, Runnable effect) {
        if (!firstDelivery(consumer, eventId)) {
            return false;
        }
        try {
            effect.run();
            return true;
        } catch (RuntimeException | Error e) {
            forget(consumer, eventId);
            throw e;
        }
    }
}
