package org.alumniportal.analytics.readmodel;

import java.time.Instant;

/** A mentoring session: SCHEDULED, CANCELLED or COMPLETED, with the mentee's rating once given. */
public record MentoringSession(String sessionId, String mentorshipId, String mentorId, String menteeId,
        String status, Instant scheduledAt, Instant completedAt, Integer rating) {
}
