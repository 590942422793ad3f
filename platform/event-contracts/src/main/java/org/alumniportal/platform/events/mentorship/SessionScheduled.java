package org.alumniportal.platform.events.mentorship;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/** A session of a mentorship was put in the calendar (or moved: the same event with the new time). */
public record SessionScheduled(String sessionId, String mentorshipId, String mentorId, String menteeId,
        Instant scheduledAt, int durationMinutes, String scheduledBy) implements DomainEvent {
    public static final String TYPE = "session.scheduled.v1";
}
