package org.alumniportal.platform.messaging;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The mark that a consumer applied an event; the {@code _id} ({@code consumer/eventId}) makes it unique. */
@Document(ProcessedEvent.COLLECTION)
record ProcessedEvent(@Id String id, String consumer, String eventId, Instant processedAt) {

    static final String COLLECTION = "processed_events";

    static String idOf(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }
}
