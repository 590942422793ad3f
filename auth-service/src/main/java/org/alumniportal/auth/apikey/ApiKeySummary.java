package org.alumniportal.auth.apikey;

import java.time.Instant;
import java.util.List;

/** A key as admins see it: never the key itself nor its hash. {@code status}: PENDING, ACTIVE, EXPIRED, REVOKED. */
record ApiKeySummary(String id, String clientId, String organisation, String description, List<String> scopes,
        String status, String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, String revokedBy,
        Instant lastUsedAt) {

    static ApiKeySummary of(ApiKey key, Instant now) {
        return new ApiKeySummary(key.id(), key.clientId(), key.organisation(), key.description(), key.scopes(),
                key.status(now), key.createdBy(), key.createdAt(), key.expiresAt(), key.revokedAt(), key.revokedBy(),
                key.lastUsedAt());
    }
}
