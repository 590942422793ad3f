package org.alumniportal.community.rsvp;

import java.time.Instant;

/** One line of an event's attendee list; the name comes from the people read model when known. */
record Attendee(String userId, String name, RsvpStatus status, Instant rsvpDate) {
}
