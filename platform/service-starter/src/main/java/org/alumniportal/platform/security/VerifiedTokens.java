package org.alumniportal.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * A {@link JwtDecoder} that remembers the tokens the real decoder accepted, by their exact text. A client sends the
 * same access token with every request for its whole lifetime, and parsing it and checking its RSA signature was
 * about a tenth of a service's CPU per request (JFR, job-service under the notification benchmark). What cannot
 * change for the same bytes (signature, issuer, audience) is not checked again; expiry is, on every request. Entries
 * leave when their token expires, or when the cache is full.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> stillValid;
    private final Cache<String, Jwt> accepted;

    VerifiedTokens(JwtDecoder decoder, int maxTokens, Clock clock) {
        this.decoder = decoder;
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        this.stillValid = timestamps;
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
    public Jwt decode(String token) throws JwtException {
        Jwt known = accepted.getIfPresent(token);
        if (known == null) {
            Jwt verified = decoder.decode(token);
            accepted.put(token, verified);
            return verified;
        }
        OAuth2TokenValidatorResult result = stillValid.validate(known);
        if (result.hasErrors()) {
            accepted.invalidate(token);
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(),
                    result.getErrors());
        }
        return known;
    }
}
