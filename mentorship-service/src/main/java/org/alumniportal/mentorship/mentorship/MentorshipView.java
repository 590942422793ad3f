package org.alumniportal.mentorship.mentorship;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A request or mentorship as its two people see it; {@code id} is the mentorship id of the session paths. */
record MentorshipView(
        String id,
        String mentorId,
        String menteeId,
        String message,
        @Schema(description = "PENDING, ACTIVE (accepted: the mentorship), REJECTED or ENDED")
        MentorshipStatus status,
        Instant requestedAt,
        Instant acceptedAt,
        Instant rejectedAt,
        String rejectionReason,
        Instant endedAt,
        String endedBy) {

    static MentorshipView of(Mentorship m) {
        return new MentorshipView(m.getId(), m.getMentorId(), m.getMenteeId(), m.getMessage(), m.getStatus(),
                m.getRequestedAt(), m.getAcceptedAt(), m.getRejectedAt(), m.getRejectionReason(), m.getEndedAt(),
                m.getEndedBy());
    }
}
