package org.alumniportal.auth.apikey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An issued API key: metadata and the SHA-256 of the whole key, never the key. It is usable once its Keycloak
 * client exists ({@code activatedAt}), until it expires or is revoked. Written before the Keycloak client is
 * created, so a crash in between leaves an inactive record, never a working key nobody knows about.
 */
@Document("api_keys")
class ApiKey {

    /** {@code lastUsedAt} is written at most this often per key: it is a hint, not an access log. */
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @Id
    private String id;
    @Indexed(unique = true)
    private String clientId;
    @Indexed(unique = true)
    private String keyHash;
    private String organisation;
    private String description;
    private List<String> scopes;
    private String createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant activatedAt;
    private String serviceAccountId;
    private Instant revokedAt;
    private String revokedBy;
    private Instant lastUsedAt;
    @Version
    private Long version;

    ApiKey() {
    }

    static ApiKey issue(String id, String clientId, String keyHash, String organisation, String description,
            List<String> scopes, String createdBy, Instant now, Instant expiresAt) {
        ApiKey key = new ApiKey();
        key.id = id;
        key.clientId = clientId;
        key.keyHash = keyHash;
        key.organisation = organisation;
        key.description = description;
        key.scopes = List.copyOf(scopes);
        key.createdBy = createdBy;
        key.createdAt = now;
        key.expiresAt = expiresAt;
        return key;
    }

    void activate(String serviceAccountId, Instant now) {
        this.serviceAccountId = serviceAccountId;
        this.activatedAt = now;
    }

    /** @return whether this call revoked it (false when it already was) */
    boolean revoke(String adminId, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = adminId;
        return true;
    }

    boolean usable(Instant now) {
        return activatedAt != null && revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** @return whether the stored value changed enough to be worth a write */
    boolean markUsed(Instant now) {
        if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(LAST_USED_GRANULARITY))) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    String status(Instant now) {
        if (revokedAt != null) {
            return "REVOKED";
        }
        if (activatedAt == null) {
            return "PENDING";
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? "EXPIRED" : "ACTIVE";
    }

    String id() { return id; }
    String clientId() { return clientId; }
    String keyHash() { return keyHash; }
    String organisation() { return organisation; }
    String description() { return description; }
    List<String> scopes() { return scopes; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    Instant expiresAt() { return expiresAt; }
    Instant revokedAt() { return revokedAt; }
    String revokedBy() { return revokedBy; }
    Instant lastUsedAt() { return lastUsedAt; }
    String serviceAccountId() { return serviceAccountId; }
}
