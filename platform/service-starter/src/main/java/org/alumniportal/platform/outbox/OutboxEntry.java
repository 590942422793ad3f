package org.alumniportal.platform.outbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event waiting for (or done with) Kafka. {@code payload} is the envelope exactly as it will be sent, so
 * the record on the topic is byte-for-byte what was stored. {@code sequence} orders entries more finely than
 * {@code createdAt}'s milliseconds, so one aggregate's events leave in the order they were published.
 *
 * @param id the envelope id; a consumer dedupes on it
 * @param key the Kafka record key, the envelope's subject
 * @param attempts sends tried so far, failed or not
 * @param lastError the last failed send's exception, kept when the entry is parked
 * @param claimedBy the relay instance sending it right now; only the claim holder may mark it sent
 * @param claimedUntil when an unfinished claim lapses (its relay died), so another relay may take the entry
 * @param parkedAt when the relay gave up on it ({@link Status#PARKED}); {@link OutboxRelay#requeueParked} retries
 */
@Document(OutboxEntry.COLLECTION)
public record OutboxEntry(@Id String id, String topic, String key, String type, String payload, Status status,
        long sequence, Instant createdAt, Instant sentAt, int attempts, String lastError, String claimedBy,
        Instant claimedUntil, Instant parkedAt) {

    public static final String COLLECTION = "outbox";

    @PersistenceCreator
    public OutboxEntry {
    }

    /** The shape before claims and parking; kept so existing callers still compile. */
    public OutboxEntry(String id, String topic, String key, String type, String payload, Status status, long sequence,
            Instant createdAt, Instant sentAt, int attempts, String lastError) {
        this(id, topic, key, type, payload, status, sequence, createdAt, sentAt, attempts, lastError, null, null, null);
    }

    public enum Status {
        PENDING, SENT,
        /** Written ahead of its state change ({@link EventPublisher#stage}); not sent until released. */
        STAGED,
        /** Failed {@code portal.outbox.max-attempts} times with an error a retry cannot fix; no longer blocks others. */
        PARKED
    }
}
