package org.alumniportal.notification.notification;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One in-app notification. The {@code _id} is {@link NewNotification#id()} (the idempotency key); {@code seq}
 * orders a user's notifications (newest first) and decides what a reconnecting stream missed.
 */
@Document("notifications")
@CompoundIndex(name = "recipient_seq", def = "{'recipientId': 1, 'seq': -1}")
@CompoundIndex(name = "recipient_unread", def = "{'recipientId': 1, 'read': 1}")
class Notification {

    @Id
    private String id;
    private String eventId;
    private String recipientId;
    private NotificationType type;
    private String title;
    private String message;
    private String link;
    private Priority priority;
    private boolean read;
    private Instant createdAt;
    private Instant readAt;
    private Map<String, String> metadata;
    private long seq;

    Notification() {
    }

    static Notification of(NewNotification n, Instant now, long seq) {
        Notification notification = new Notification();
        notification.id = n.id();
        notification.eventId = n.eventId();
        notification.recipientId = n.recipientId();
        notification.type = n.type();
        notification.title = n.title();
        notification.message = n.message();
        notification.link = n.link();
        notification.priority = n.priority();
        notification.metadata = n.metadata();
        notification.createdAt = now;
        notification.seq = seq;
        return notification;
    }

    String getId() {
        return id;
    }

    String getRecipientId() {
        return recipientId;
    }

    long getSeq() {
        return seq;
    }

    NotificationView view() {
        return new NotificationView(id, type, title, message, link, priority, read, createdAt, readAt,
                metadata == null ? Map.of() : metadata);
    }
}
