package org.alumniportal.mentorship.mentorship;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A student's request to a mentor and, once accepted, the mentorship itself (same id). {@code openKey} is
 * {@code mentorId:menteeId} while PENDING or ACTIVE and the document's own id after, under a unique index:
 * that, not a read-then-write check, refuses a second open request between the same two people. Status moves
 * only by conditional updates on the current status ({@link Mentorships}).
 */
@Document(Mentorship.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "mentor_status", def = "{'mentorId': 1, 'status': 1}"),
        @CompoundIndex(name = "mentee_status", def = "{'menteeId': 1, 'status': 1}")
})
public class Mentorship {

    static final String COLLECTION = "mentorships";

    @Id
    private final String id;
    @Indexed(unique = true, name = "open_key")
    private final String openKey;
    private final String mentorId;
    private final String menteeId;
    private final String message;
    private final MentorshipStatus status;
    private final Instant requestedAt;
    private final Instant acceptedAt;
    private final Instant rejectedAt;
    private final String rejectionReason;
    private final Instant endedAt;
    private final String endedBy;

    @PersistenceCreator
    Mentorship(String id, String openKey, String mentorId, String menteeId, String message, MentorshipStatus status,
            Instant requestedAt, Instant acceptedAt, Instant rejectedAt, String rejectionReason, Instant endedAt,
            String endedBy) {
        this.id = id;
        this.openKey = openKey;
        this.mentorId = mentorId;
        this.menteeId = menteeId;
        this.message = message;
        this.status = status;
        this.requestedAt = requestedAt;
        this.acceptedAt = acceptedAt;
        this.rejectedAt = rejectedAt;
        this.rejectionReason = rejectionReason;
        this.endedAt = endedAt;
        this.endedBy = endedBy;
    }

    static Mentorship request(String id, String mentorId, String menteeId, String message, Instant now) {
        return new Mentorship(id, openKeyOf(mentorId, menteeId), mentorId, menteeId, message,
                MentorshipStatus.PENDING, now, null, null, null, null, null);
    }

    static String openKeyOf(String mentorId, String menteeId) {
        return mentorId + ":" + menteeId;
    }

    public boolean isParty(String userId) {
        return mentorId.equals(userId) || menteeId.equals(userId);
    }

    public boolean isActive() {
        return status == MentorshipStatus.ACTIVE;
    }

    public String getId() {
        return id;
    }

    public String getOpenKey() {
        return openKey;
    }

    public String getMentorId() {
        return mentorId;
    }

    public String getMenteeId() {
        return menteeId;
    }

    public String getMessage() {
        return message;
    }

    public MentorshipStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getRejectedAt() {
        return rejectedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }
}
