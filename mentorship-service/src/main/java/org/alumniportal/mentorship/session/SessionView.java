package org.alumniportal.mentorship.session;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A session as its two people see it. */
record SessionView(
        String id,
        String mentorshipId,
        String mentorId,
        String menteeId,
        Instant scheduledAt,
        int durationMinutes,
        Instant endsAt,
        String meetingLink,
        String agenda,
        String notes,
        @Schema(description = "SCHEDULED, COMPLETED or CANCELLED") SessionStatus status,
        Instant completedAt,
        Instant cancelledAt,
        String cancelReason,
        @Schema(description = "the mentee's feedback once given; null before", nullable = true) Feedback feedback) {

    static SessionView of(Session s) {
        return new SessionView(s.getId(), s.getMentorshipId(), s.getMentorId(), s.getMenteeId(), s.getScheduledAt(),
                s.getDurationMinutes(), s.endsAt(), s.getMeetingLink(), s.getAgenda(), s.getNotes(), s.getStatus(),
                s.getCompletedAt(), s.getCancelledAt(), s.getCancelReason(), s.getFeedback());
    }
}
