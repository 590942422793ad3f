package org.alumniportal.analytics.readmodel;

import java.time.Instant;

/** An account from {@code portal.user}: role and status as of the newest event applied ({@code changedAt}). */
public record UserAccount(String userId, String role, String status, Instant registeredAt, Instant changedAt) {

    public boolean isActive() {
        return !"DELETED".equals(status);
    }
}
