package org.alumniportal.community.rsvp;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's answer to one event, id {@code eventId:userId}. {@code version} grows on every change: a change is
 * written only over the version it was decided on, so two concurrent answers of the same person cannot both count.
 * {@code waitlistPosition} orders the waitlist (first come, first promoted).
 */
@Document(Rsvp.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "event_status_position", def = "{'eventId': 1, 'status': 1, 'waitlistPosition': 1}"),
        @CompoundIndex(name = "user_date", def = "{'userId': 1, 'rsvpDate': -1}")
})
record Rsvp(@Id String id, String eventId, String userId, RsvpStatus status, long waitlistPosition,
        Instant rsvpDate, long version) {

    static final String COLLECTION = "rsvps";

    static String idOf(String eventId, String userId) {
        return eventId + ":" + userId;
    }
}
