package org.alumniportal.notification.notification;

import java.time.Instant;
import java.util.Map;

/** A notification as its owner sees it (list, stream, fan-out message). */
public record NotificationView(String id, NotificationType type, String title, String message, String link,
        Priority priority, boolean read, Instant createdAt, Instant readAt, Map<String, String> metadata) {
}
