package org.alumniportal.analytics.readmodel;

import java.time.Instant;

/** One person's answer to one event, the newest one; {@code checkedInAt} once they came. */
public record Rsvp(String eventId, String userId, String status, Instant at, Instant firstAttendingAt,
        Instant checkedInAt) {

    public static final String ATTENDING = "ATTENDING";

    public boolean isAttending() {
        return ATTENDING.equals(status);
    }
}
