package org.alumniportal.gateway.apikey;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import reactor.core.publisher.Mono;

/**
 * Access tokens of the keys' Keycloak clients by the client credentials grant, cached per key id until
 * {@code refreshMargin} before they expire. A refused grant (the client was deleted at revocation) is
 * {@link KeyRefusedException}; anything else is an outage.
 */
@Component
class ServiceTokens {

    static final class KeyRefusedException extends RuntimeException {
        KeyRefusedException(String message) {
            super(message, null, false, false);
        }
    }

    private record Cached(String accessToken, Instant refreshAt) {
    }

    private record Grant(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    private final WebClient http = WebClient.builder().build();
    private final Cache<String, Cached> cache;
    private final ApiKeyProperties properties;
    private final String tokenUri;
    private final Clock clock;

    ServiceTokens(ApiKeyProperties properties, Clock clock,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuerUri) {
        this.properties = properties;
        this.clock = clock;
        this.tokenUri = properties.tokenUri() == null || properties.tokenUri().isBlank()
                ? issuerUri + "/protocol/openid-connect/token" : properties.tokenUri();
        this.cache = Caffeine.newBuilder().maximumSize(properties.maxCachedTokens()).executor(Runnable::run).build();
    }

    Mono<String> tokenFor(ResolvedKey key, String secret) {
        Cached cached = cache.getIfPresent(key.keyId());
        if (cached != null && clock.instant().isBefore(cached.refreshAt())) {
            return Mono.just(cached.accessToken());
        }
        return http.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", key.clientId()).with("client_secret", secret))
                .exchangeToMono(response -> {
                    int status = response.statusCode().value();
                    if (status == 200) {
                        return response.bodyToMono(Grant.class);
                    }
                    // 400/401 invalid_client: the client is gone (revoked) or the secret is wrong.
                    Mono<Grant> failure = status == 400 || status == 401
                            ? Mono.error(new KeyRefusedException("Keycloak refused the key's client: " + status))
                            : Mono.error(new IllegalStateException("Keycloak token endpoint answered " + status));
                    return response.releaseBody().then(failure);
                })
                .timeout(properties.timeout())
                .map(grant -> {
                    Instant refreshAt = clock.instant().plusSeconds(grant.expiresIn()).minus(properties.refreshMargin());
                    cache.put(key.keyId(), new Cached(grant.accessToken(), refreshAt));
                    return grant.accessToken();
                });
    }

    void drop(String keyId) {
        cache.invalidate(keyId);
    }

    boolean cached(String keyId) {
        return cache.getIfPresent(keyId) != null;
    }
}
