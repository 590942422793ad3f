package org.alumniportal.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import reactor.core.publisher.Mono;

/**
 * Remembers the tokens the full decoder accepted, by their exact text: a client sends the same access token
 * for its whole lifetime, and parsing plus the RSA signature check were an eighth of the gateway's CPU per
 * request. A remembered token skips only what cannot change for the same bytes (signature, issuer); what can
 * change (expiry, revocation) is checked again on every request by {@code stillValid}. A token signed with a
 * key Keycloak has since withdrawn stays accepted until it expires or drops out of the cache.
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> stillValid;
    private final Cache<String, Jwt> accepted;

    /** Entries leave the cache when their token expires (or when the cache is full), bounding its memory. */
    CachingJwtDecoder(ReactiveJwtDecoder decoder, OAuth2TokenValidator<Jwt> stillValid, int maxTokens,
            Clock clock) {
        this.decoder = decoder;
        this.stillValid = stillValid;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfter(Expiry.<String, Jwt>writing((token, jwt) -> untilExpiry(jwt, clock)))
                .executor(Runnable::run)
                .build();
    }

    private static Duration untilExpiry(Jwt jwt, Clock clock) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = accepted.getIfPresent(token);
        if (known == null) {
            return decoder.decode(token).doOnNext(jwt -> accepted.put(token, jwt));
        }
        OAuth2TokenValidatorResult result = stillValid.validate(known);
        if (result.hasErrors()) {
            accepted.invalidate(token);
            String description = result.getErrors().iterator().next().getDescription();
            return Mono.error(new JwtValidationException(description, result.getErrors()));
        }
        return Mono.just(known);
    }
}
