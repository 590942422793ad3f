package org.alumniportal.mentorship.session;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A session of a mentorship. Mentor and mentee are copied from the mentorship so that "my sessions" and the
 * mentor's overlap check need no join. Status, feedback and reminder flag change only by conditional updates
 * ({@link SessionService}); {@code version} guards edits.
 */
@Document(Session.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "mentor_status_start", def = "{'mentorId': 1, 'status': 1, 'scheduledAt': 1}"),
        @CompoundIndex(name = "mentee_start", def = "{'menteeId': 1, 'scheduledAt': 1}")
})
public class Session {

    static final String COLLECTION = "sessions";

    @Id
    private final String id;
    private final String mentorshipId;
    private final String mentorId;
    private final String menteeId;
    private final Instant scheduledAt;
    private final int durationMinutes;
    private final String meetingLink;
    private final String agenda;
    private final String notes;
    private final SessionStatus status;
    private final String scheduledBy;
    private final Instant completedAt;
    private final Instant cancelledAt;
    private final String cancelledBy;
    private final String cancelReason;
    private final boolean feedbackGiven;
    private final Feedback feedback;
    private final boolean reminderSent;
    private final long version;

    @PersistenceCreator
    Session(String id, String mentorshipId, String mentorId, String menteeId, Instant scheduledAt,
            int durationMinutes, String meetingLink, String agenda, String notes, SessionStatus status,
            String scheduledBy, Instant completedAt, Instant cancelledAt, String cancelledBy, String cancelReason,
            boolean feedbackGiven, Feedback feedback, boolean reminderSent, long version) {
        this.id = id;
        this.mentorshipId = mentorshipId;
        this.mentorId = mentorId;
        this.menteeId = menteeId;
        this.scheduledAt = scheduledAt;
        this.durationMinutes = durationMinutes;
        this.meetingLink = meetingLink;
        this.agenda = agenda;
        this.notes = notes;
        this.status = status;
        this.scheduledBy = scheduledBy;
        this.completedAt = completedAt;
        this.cancelledAt = cancelledAt;
        this.cancelledBy = cancelledBy;
        this.cancelReason = cancelReason;
        this.feedbackGiven = feedbackGiven;
        this.feedback = feedback;
        this.reminderSent = reminderSent;
        this.version = version;
    }

    static Session schedule(String id, String mentorshipId, String mentorId, String menteeId, Instant scheduledAt,
            int durationMinutes, String meetingLink, String agenda, String scheduledBy) {
        return new Session(id, mentorshipId, mentorId, menteeId, scheduledAt, durationMinutes, meetingLink, agenda,
                null, SessionStatus.SCHEDULED, scheduledBy, null, null, null, null, false, null, false, 0);
    }

    Instant endsAt() {
        return scheduledAt.plus(Duration.ofMinutes(durationMinutes));
    }

    /** Half-open intervals: a session may start the minute the previous one ends. */
    boolean overlaps(Instant start, Instant end) {
        return scheduledAt.isBefore(end) && start.isBefore(endsAt());
    }

    boolean isParty(String userId) {
        return mentorId.equals(userId) || menteeId.equals(userId);
    }

    public String getId() {
        return id;
    }

    public String getMentorshipId() {
        return mentorshipId;
    }

    public String getMentorId() {
        return mentorId;
    }

    public String getMenteeId() {
        return menteeId;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getNotes() {
        return notes;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isFeedbackGiven() {
        return feedbackGiven;
    }

    public Feedback getFeedback() {
        return feedback;
    }

    public boolean isReminderSent() {
        return reminderSent;
    }

    public long getVersion() {
        return version;
    }
}
