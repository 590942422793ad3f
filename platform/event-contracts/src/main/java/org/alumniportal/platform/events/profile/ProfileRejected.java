package org.alumniportal.platform.events.profile;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/**
 * An admin rejected a verification request, or withdrew an earlier verification ({@code wasVerified}); the
 * reason is shown to the owner.
 */
public record ProfileRejected(String userId, String rejectedBy, String reason, boolean wasVerified, Instant rejectedAt)
        implements DomainEvent {
    public static final String TYPE = "profile.rejected.v1";
}
