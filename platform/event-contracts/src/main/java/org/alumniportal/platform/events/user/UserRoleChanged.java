package org.alumniportal.platform.events.user;

import org.alumniportal.platform.events.DomainEvent;

/** A realm role of the user changed (an admin promoted a student to alumnus, say). */
public record UserRoleChanged(String userId, String previousRole, String newRole, String changedBy)
        implements DomainEvent {
    public static final String TYPE = "user.role-changed.v1";
}
