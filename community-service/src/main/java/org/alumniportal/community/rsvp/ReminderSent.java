package org.alumniportal.community.rsvp;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Marks one attendee reminded for one job ({@code jobId:userId}); written before the event is published, so a
 * replica taking over a half-done job skips whoever was reminded already.
 */
@Document(ReminderSent.COLLECTION)
record ReminderSent(@Id String id, String jobId, String userId, Instant at) {

    static final String COLLECTION = "reminders_sent";
}
