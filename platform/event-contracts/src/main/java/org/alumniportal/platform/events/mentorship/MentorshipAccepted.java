package org.alumniportal.platform.events.mentorship;

import org.alumniportal.platform.events.DomainEvent;

/** The mentor accepted; the request is now an ACTIVE mentorship with the same id. */
public record MentorshipAccepted(String mentorshipId, String mentorId, String menteeId) implements DomainEvent {
    public static final String TYPE = "mentorship.accepted.v1";
}
