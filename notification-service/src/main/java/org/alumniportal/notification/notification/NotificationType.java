package org.alumniportal.notification.notification;

/** The kinds of notification (SPEC phase 6); clients filter on them and preferences are kept per type. */
public enum NotificationType {
    PROFILE_VERIFIED,
    PROFILE_REJECTED,
    MENTORSHIP_REQUESTED,
    MENTORSHIP_ACCEPTED,
    MENTORSHIP_REJECTED,
    SESSION_SCHEDULED,
    SESSION_REMINDER,
    APPLICATION_STATUS_CHANGED,
    APPLICATION_RECEIVED,
    JOB_MATCH,
    EVENT_REMINDER,
    EVENT_WAITLIST_PROMOTED,
    FORUM_REPLY,
    CONTENT_REMOVED,
    ACCOUNT_SUSPENDED,
    ROLE_CHANGED
}
