package org.alumniportal.platform.events.mentorship;

import org.alumniportal.platform.events.DomainEvent;

/** A student asked a mentor for mentorship; the mentor decides. */
public record MentorshipRequested(String requestId, String mentorId, String menteeId, String message)
        implements DomainEvent {
    public static final String TYPE = "mentorship.requested.v1";
}
