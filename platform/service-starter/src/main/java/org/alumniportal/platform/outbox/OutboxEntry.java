package org.alumniportal.platform.outbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event waiting for (or done with) Kafka. {@code payload} is the envelope exactly as it will be sent, so
 * the record on the topic is byte-for-byte what was stored. {@code sequence} orders entries more finely than
 * {@code createdAt}'s milliseconds, so one aggregate's events leave in the order they were published.
 *
 * @param id the envelope id; a consumer dedupes on it
 * @param key the Kafka record key, the envelope's subject
 */
@Document(OutboxEntry.COLLECTION)
public record OutboxEntry(@Id String id, String topic, String key, String type, String payload, Status status,
        long sequence, Instant createdAt, Instant sentAt, int attempts, String lastError) {

    public static final String COLLECTION = "outbox";

    public enum Status {
        PENDING, SENT
    }
}
