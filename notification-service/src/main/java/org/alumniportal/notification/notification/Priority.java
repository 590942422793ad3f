package org.alumniportal.notification.notification;

/** How prominently a client shows a notification. */
public enum Priority {
    LOW, NORMAL, HIGH
}
