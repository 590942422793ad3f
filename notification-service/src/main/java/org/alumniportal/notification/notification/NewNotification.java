package org.alumniportal.notification.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification about to be delivered, derived from one event for one recipient.
 *
 * @param link a frontend path ({@code /jobs/123}), never an absolute URL
 */
public record NewNotification(String eventId, String recipientId, NotificationType type, String title,
        String message, String link, Priority priority, Map<String, String> metadata) {

    public NewNotification {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(type, "type");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        priority = priority == null ? Priority.NORMAL : priority;
    }

    /**
     * The idempotency key: the same event, recipient and type always give the same id, so a redelivered event
     * collides with the first one's unique {@code _id} (in-app notification and mail job alike).
     */
    public String id() {
        return UUID.nameUUIDFromBytes((eventId + "|" + recipientId + "|" + type).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
