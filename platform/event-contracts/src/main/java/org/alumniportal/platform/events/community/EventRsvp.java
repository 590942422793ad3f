package org.alumniportal.platform.events.community;

import org.alumniportal.platform.events.DomainEvent;

/** A person answered an event's invitation; status is ATTENDING, MAYBE, NOT_ATTENDING or WAITLISTED. */
public record EventRsvp(String eventId, String userId, String status, String previousStatus)
        implements DomainEvent {
    public static final String TYPE = "event.rsvp.v1";
}
