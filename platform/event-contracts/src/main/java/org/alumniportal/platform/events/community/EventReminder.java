package org.alumniportal.platform.events.community;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/** An event an attendee RSVP'd to starts soon; emitted exactly once per attendee. */
public record EventReminder(String eventId, String userId, String title, Instant startDate, String location)
        implements DomainEvent {
    public static final String TYPE = "event.reminder.v1";
}
