package org.alumniportal.platform.events.user;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/**
 * Tokens must be refused before they expire: either one session ({@code sessionId} set, on logout) or every
 * token of the user issued before {@code notBefore} (on password reset). The gateway keeps these until the
 * longest access token could have expired.
 */
public record SessionRevoked(String userId, String sessionId, Instant notBefore, String reason)
        implements DomainEvent {
    public static final String TYPE = "session.revoked.v1";
}
