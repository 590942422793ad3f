package org.alumniportal.auth.apikey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.NewServiceClient;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.platform.events.user.ApiKeyRevoked;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Issues, lists, revokes and resolves API keys; see the package documentation for the life of a key. */
@Service
class ApiKeyService {


    private static final Logger log = LoggerFactory.getLogger(ApiKeyService.class);

    private final ApiKeyRepository keys;
    private final IdentityProvider identity;
    private final EventPublisher events;
    private final Clock clock;
    private final ApiKeyProperties properties;

    ApiKeyService(ApiKeyRepository keys, IdentityProvider identity, EventPublisher events, Clock clock,
            ApiKeyProperties properties) {
        this.properties = properties;
        this.keys = keys;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    IssuedApiKey issue(CreateApiKeyRequest request, String adminId) {
        Instant now = clock.instant();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw PortalException.invalid("expiresAt", "must lie in the future");
        }
        String id = UUID.randomUUID().toString();
        String organisation = request.organisation().trim();
        String clientId = ApiKeySecrets.clientIdFor(id, organisation);
        String secret = ApiKeySecrets.newSecret();
        String apiKey = ApiKeySecrets.keyOf(clientId, secret);
        List<String> scopes = request.scopes().stream().distinct()
                .sorted((a, b) -> ApiKeyScope.fromWireName(a).orElseThrow().compareTo(ApiKeyScope.fromWireName(b).orElseThrow()))
                .toList();
        ApiKey key = keys.save(ApiKey.issue(id, clientId, ApiKeySecrets.hashOf(apiKey), organisation,
                blankToNull(request.description()), scopes, adminId, now, request.expiresAt()));
        String serviceAccountId;
        try {
            serviceAccountId = identity.createServiceClient(new NewServiceClient(clientId,
                    ApiKeySecrets.clientSecretFor(clientId, properties.internalToken()),
                    "API key " + id + " of " + organisation, PortalRole.RECRUITER));
        } catch (RuntimeException failed) {
            keys.delete(key);
            throw failed;
        }
        key.activate(serviceAccountId, now);
        ApiKey active = key;
        // The active key and both its events together (two subjects, so one publishWith inside the other). Issued
        // by an admin, so approved: services that gate recruiters on approval let the key's account post.
        try {
            key = events.publishWith(serviceAccountId, () -> events.publishWith(id, () -> keys.save(active),
                    new AdminActionRecorded(adminId, "api-key.issued", "api-key", id, now,
                            Map.of("organisation", organisation, "scopes", String.join(",", scopes)))),
                    new UserStatusChanged(serviceAccountId, null, "ACTIVE", "api-key-issued", adminId));
        } catch (RuntimeException failed) {
            // Not announced, so not issued: the admin gets the error and no key or client is left behind.
            identity.deleteServiceClient(clientId);
            keys.delete(active);
            throw failed;
        }
        log.info("API key issued: key={} client={} organisation={} scopes={} expiresAt={} by admin {}", id, clientId,
                organisation, scopes, request.expiresAt(), adminId);
        return new IssuedApiKey(apiKey, ApiKeySummary.of(key, now));
    }

    PageResponse<ApiKeySummary> list(int page, int size) {
        int safePage = Paging.page(page);
        int safeSize = Paging.size(size);
        Page<ApiKey> found = keys.findAll(PageRequest.of(safePage, safeSize, Sort.by(Sort.Direction.DESC, "createdAt")));
        Instant now = clock.instant();
        return PageResponse.of(found, k -> ApiKeySummary.of(k, now));
    }

    ApiKeySummary get(String id) {
        return ApiKeySummary.of(existing(id), clock.instant());
    }

    /**
     * Marks the key revoked (the resolve refuses it from now on), announces it so gateways drop cached tokens,
     * then deletes its Keycloak client. Revoking again only retries the Keycloak deletion.
     */
    ApiKeySummary revoke(String id, String adminId) {
        ApiKey key = existing(id);
        Instant now = clock.instant();
        if (key.revoke(adminId, now)) {
            ApiKey revoked = key;
            key = events.publishWith(key.id(), () -> saveRevoked(revoked, adminId, now),
                    new ApiKeyRevoked(key.id(), key.clientId(), key.organisation(), adminId),
                    new AdminActionRecorded(adminId, "api-key.revoked", "api-key", key.id(), now,
                            Map.of("organisation", key.organisation())));
            log.info("API key revoked: key={} client={} organisation={} by admin {}", key.id(), key.clientId(),
                    key.organisation(), adminId);
        }
        identity.deleteServiceClient(key.clientId());
        return ApiKeySummary.of(key, now);
    }

    private ApiKey saveRevoked(ApiKey key, String adminId, Instant now) {
        try {
            return keys.save(key);
        } catch (OptimisticLockingFailureException concurrent) {
            ApiKey current = existing(key.id());
            current.revoke(adminId, now);
            return keys.save(current);
        }
    }

    /** The key's metadata if it is known, active, unexpired and unrevoked; empty for every other case alike. */
    Optional<ResolvedApiKey> resolve(String apiKey) {
        if (ApiKeySecrets.parse(apiKey).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiKey> found = keys.findByKeyHash(ApiKeySecrets.hashOf(apiKey));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiKey key = found.get();
        if (!key.usable(now)) {
            log.info("API key refused: key={} organisation={} status={}", key.id(), key.organisation(), key.status(now));
            return Optional.empty();
        }
        if (key.markUsed(now)) {
            try {
                keys.save(key);
            } catch (OptimisticLockingFailureException raced) {
                // A concurrent revoke or use won; lastUsedAt is only a hint.
            }
        }
        return Optional.of(new ResolvedApiKey(key.id(), key.clientId(), key.organisation(), key.scopes(),
                key.expiresAt(), ApiKeySecrets.clientSecretFor(key.clientId(), properties.internalToken())));
    }

    private ApiKey existing(String id) {
        return keys.findById(id).orElseThrow(() -> new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND,
                "API key not found", "There is no API key " + id + "."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
