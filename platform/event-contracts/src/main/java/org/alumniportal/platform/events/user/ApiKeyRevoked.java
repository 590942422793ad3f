package org.alumniportal.platform.events.user;

import org.alumniportal.platform.events.DomainEvent;

/**
 * An admin revoked a third-party recruiter's API key; the gateway stops honouring it at once. Travels on the
 * session topic, which every gateway replica already consumes for revoked sessions.
 */
public record ApiKeyRevoked(String keyId, String clientId, String organisation, String revokedBy)
        implements DomainEvent {
    public static final String TYPE = "apikey.revoked.v1";
}
