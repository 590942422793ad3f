package org.alumniportal.platform.events.mentorship;

import java.util.List;

import org.alumniportal.platform.events.DomainEvent;

/** An alumnus offered to mentor. Expertise areas are normalised with the platform skill vocabulary. */
public record MentorRegistered(String mentorId, List<String> expertiseAreas, int maxMentees, boolean available)
        implements DomainEvent {
    public static final String TYPE = "mentor.registered.v1";
}
