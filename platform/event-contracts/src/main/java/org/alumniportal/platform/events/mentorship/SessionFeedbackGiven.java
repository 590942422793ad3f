package org.alumniportal.platform.events.mentorship;

import org.alumniportal.platform.events.DomainEvent;

/** The mentee rated a completed session (1 to 5), once. */
public record SessionFeedbackGiven(String sessionId, String mentorshipId, String mentorId, String menteeId,
        int rating, String comment) implements DomainEvent {
    public static final String TYPE = "session.feedback.v1";
}
