package org.alumniportal.community.rsvp;

import java.time.Instant;

/** The answer of an RSVP: {@code status} is WAITLISTED when the caller asked to attend a full event. */
record RsvpView(String eventId, String userId, RsvpStatus status, Instant rsvpDate, long attendingCount,
        long waitlistCount) {
}
