package org.alumniportal.platform.events.community;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/** An event's details changed (the whole snapshot travels). */
public record EventUpdated(String eventId, String title, String eventType, String location, boolean virtual,
        Instant startDate, Instant endDate, Integer maxAttendees, String updatedBy) implements DomainEvent {
    public static final String TYPE = "event.updated.v1";
}
