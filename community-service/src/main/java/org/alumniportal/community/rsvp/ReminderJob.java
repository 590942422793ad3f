package org.alumniportal.community.rsvp;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The reminder job of one event start ({@code eventId:startEpochSecond}, so a rescheduled event is reminded again).
 * A replica works on it only after claiming it: a conditional update that succeeds for one replica at a time and
 * holds for a lease, so a replica that died mid-way is taken over after {@code leaseUntil}. The job is claimed again
 * at every sweep until the event starts, so people who RSVP inside the lead time are reminded too.
 */
@Document(ReminderJob.COLLECTION)
record ReminderJob(@Id String id, String eventId, String owner, Instant leaseUntil, int sent, Instant lastRunAt) {

    static final String COLLECTION = "reminder_jobs";
}
