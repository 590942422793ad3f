package org.alumniportal.auth.admin;

import java.time.Instant;

import org.alumniportal.auth.identity.IdentityUser;

/** One user as an admin sees it; {@code role} is null for an account without a portal role. */
record UserSummary(String userId, String email, String fullName, String role, boolean emailVerified,
        boolean enabled, Instant createdAt) {

    static UserSummary of(IdentityUser user) {
        return new UserSummary(user.id(), user.email(), user.fullName(), user.role() == null ? null : user.role().name(),
                user.emailVerified(), user.enabled(), user.createdAt());
    }
}
