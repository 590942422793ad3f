package org.alumniportal.platform.events.user;

import org.alumniportal.platform.events.DomainEvent;

/**
 * An admin suspended, reactivated, approved or deleted an account: status is ACTIVE, SUSPENDED, PENDING_APPROVAL
 * or DELETED.
 */
public record UserStatusChanged(String userId, String previousStatus, String newStatus, String reason,
        String changedBy) implements DomainEvent {
    public static final String TYPE = "user.status-changed.v1";
}
