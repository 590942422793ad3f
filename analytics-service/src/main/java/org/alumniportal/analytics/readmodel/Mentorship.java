package org.alumniportal.analytics.readmodel;

import java.time.Instant;

/**
 * A mentorship request and, once accepted, the mentorship (mentorship-service uses one id for both);
 * {@code status} REQUESTED, REJECTED, ACTIVE or ENDED.
 */
public record Mentorship(String id, String mentorId, String menteeId, String status, Instant requestedAt,
        Instant acceptedAt, Instant endedAt) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
