package org.alumniportal.platform.events.mentorship;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/** A session took place; the mentee may now give feedback. */
public record SessionCompleted(String sessionId, String mentorshipId, String mentorId, String menteeId,
        Instant completedAt) implements DomainEvent {
    public static final String TYPE = "session.completed.v1";
}
