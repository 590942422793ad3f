package org.alumniportal.community.rsvp;

import java.time.Instant;

/** Who was checked in (the organiser at the door sees the name), how and when. */
record CheckInView(String eventId, String userId, String name, String method, Instant checkedInAt) {
}
