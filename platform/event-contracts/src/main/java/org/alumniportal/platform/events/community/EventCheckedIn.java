package org.alumniportal.platform.events.community;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/** A person was recorded as present at an event: method is QR_TICKET, VIRTUAL_JOIN or MANUAL. */
public record EventCheckedIn(String eventId, String userId, String checkedInBy, String method,
        Instant checkedInAt) implements DomainEvent {
    public static final String TYPE = "event.checked-in.v1";
}
