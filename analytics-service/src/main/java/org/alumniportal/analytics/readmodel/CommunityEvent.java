package org.alumniportal.analytics.readmodel;

import java.time.Instant;

/** A community event (meetup, webinar…) from {@code portal.community}. */
public record CommunityEvent(String eventId, String title, String eventType, String location, boolean virtual,
        Instant startDate, Integer maxAttendees, String createdBy, Instant createdAt, boolean cancelled,
        Instant changedAt) {
}
