package org.alumniportal.notification.mail;

import java.time.Instant;
import java.util.Map;

import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.NotificationType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail to send, keyed by the notification's idempotency key: a redelivered event cannot queue a second
 * one. The status is claimed before the SMTP send (PENDING → SENDING), so a send interrupted by a crash stays
 * SENDING and is never repeated: a lost mail is preferred to a duplicate one.
 *
 * <p>The {@code claim} index adds nothing a MongoDB server needs ({@code _id} alone is unique), but the embedded
 * store looks a document up by an index only when the query names exactly that index's fields; with it, the claim
 * {@code {_id, status}} is a lookup instead of a scan of every mail ever queued.
 */
@Document("mail_jobs")
@CompoundIndex(name = "claim", def = "{'_id': 1, 'status': 1}", unique = true)
class MailJob {

    enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    private String id;
    private String recipientId;
    private NotificationType type;
    private String title;
    private String message;
    private String link;
    private Map<String, String> metadata;
    private Status status;
    private int attempts;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private Instant claimedAt;
    private Instant sentAt;
    private String lastError;

    MailJob() {
    }

    static MailJob of(NewNotification n, Instant now) {
        MailJob job = new MailJob();
        job.id = n.id();
        job.recipientId = n.recipientId();
        job.type = n.type();
        job.title = n.title();
        job.message = n.message();
        job.link = n.link();
        job.metadata = n.metadata();
        job.status = Status.PENDING;
        job.createdAt = now;
        job.nextAttemptAt = now;
        return job;
    }

    String getId() {
        return id;
    }

    String getRecipientId() {
        return recipientId;
    }

    NotificationType getType() {
        return type;
    }

    String getTitle() {
        return title;
    }

    String getMessage() {
        return message;
    }

    String getLink() {
        return link;
    }

    Map<String, String> getMetadata() {
        return metadata == null ? Map.of() : metadata;
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }
}
