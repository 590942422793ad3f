package org.alumniportal.auth.identity;

import java.time.Instant;

/** A user as the identity provider holds it; {@code role} is null when the user has no portal role. */
public record IdentityUser(String id, String email, String fullName, PortalRole role, boolean emailVerified,
        boolean enabled, Instant createdAt) {
}
