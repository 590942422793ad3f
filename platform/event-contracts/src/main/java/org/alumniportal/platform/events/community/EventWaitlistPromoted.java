package org.alumniportal.platform.events.community;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/** A place freed up and the first person on the waitlist now attends. */
public record EventWaitlistPromoted(String eventId, String userId, String title, Instant startDate)
        implements DomainEvent {
    public static final String TYPE = "event.waitlist-promoted.v1";
}
