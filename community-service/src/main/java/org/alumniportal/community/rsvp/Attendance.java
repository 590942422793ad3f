package org.alumniportal.community.rsvp;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person recorded as present at one event, id {@code eventId:userId}: the unique id is what makes repeated or
 * concurrent scans race-free (the first insert wins, every other one hits the duplicate key and reads the first).
 *
 * @param method QR_TICKET or VIRTUAL_JOIN
 */
@Document(Attendance.COLLECTION)
record Attendance(@Id String id, @Indexed String eventId, String userId, String method, String checkedInBy,
        Instant checkedInAt) {

    static final String COLLECTION = "attendance";
    static final String QR_TICKET = "QR_TICKET";
    static final String VIRTUAL_JOIN = "VIRTUAL_JOIN";

    static String idOf(String eventId, String userId) {
        return eventId + ":" + userId;
    }
}
