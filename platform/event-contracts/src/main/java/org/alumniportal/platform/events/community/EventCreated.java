package org.alumniportal.platform.events.community;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/** An alumnus or admin published an event. */
public record EventCreated(String eventId, String title, String eventType, String location, boolean virtual,
        Instant startDate, Instant endDate, Integer maxAttendees, String createdBy) implements DomainEvent {
    public static final String TYPE = "event.created.v1";
}
