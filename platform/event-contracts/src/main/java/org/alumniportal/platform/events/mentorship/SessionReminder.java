package org.alumniportal.platform.events.mentorship;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/** A scheduled session starts soon; emitted once per session for both people. */
public record SessionReminder(String sessionId, String mentorshipId, String mentorId, String menteeId,
        Instant scheduledAt) implements DomainEvent {
    public static final String TYPE = "session.reminder.v1";
}
