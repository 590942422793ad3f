package org.alumniportal.notification.notification;

/** {@code {"count": n}}: the caller's unread notifications. */
record UnreadCount(long count) {
}
