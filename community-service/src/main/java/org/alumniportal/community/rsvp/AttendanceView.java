package org.alumniportal.community.rsvp;

import java.time.Instant;

import org.alumniportal.platform.web.PageResponse;

/**
 * An event's attendance for its organiser: {@code attending} RSVPs, {@code checkedIn} people recorded present,
 * {@code noShows} attending RSVPs never checked in. Walk-ins are not allowed (a ticket needs an ATTENDING RSVP).
 */
record AttendanceView(String eventId, long attending, long checkedIn, long noShows, PageResponse<Person> people) {

    /** An attending person or one checked in; {@code checkedInAt} is null for a no-show. */
    record Person(String userId, String name, boolean attended, Instant checkedInAt, String method) {
    }
}
