package org.alumniportal.platform.events.mentorship;

import org.alumniportal.platform.events.DomainEvent;

/** The mentor or the mentee ended an ACTIVE mentorship; the mentor's place is free again. */
public record MentorshipEnded(String mentorshipId, String mentorId, String menteeId, String endedBy)
        implements DomainEvent {
    public static final String TYPE = "mentorship.ended.v1";
}
