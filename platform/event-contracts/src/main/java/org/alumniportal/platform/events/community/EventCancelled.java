package org.alumniportal.platform.events.community;

import org.alumniportal.platform.events.DomainEvent;

/** An event was called off or deleted by its creator or an admin. */
public record EventCancelled(String eventId, String title, String cancelledBy, String reason)
        implements DomainEvent {
    public static final String TYPE = "event.cancelled.v1";
}
