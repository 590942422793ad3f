package org.alumniportal.platform.events.mentorship;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/** A scheduled session was called off by one of its two people. */
public record SessionCancelled(String sessionId, String mentorshipId, String mentorId, String menteeId,
        Instant scheduledAt, String cancelledBy, String reason) implements DomainEvent {
    public static final String TYPE = "session.cancelled.v1";
}
