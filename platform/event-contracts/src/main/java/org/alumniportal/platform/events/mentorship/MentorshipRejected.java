package org.alumniportal.platform.events.mentorship;

import org.alumniportal.platform.events.DomainEvent;

/** The mentor declined a request; the reason is shown to the student. */
public record MentorshipRejected(String requestId, String mentorId, String menteeId, String reason)
        implements DomainEvent {
    public static final String TYPE = "mentorship.rejected.v1";
}
