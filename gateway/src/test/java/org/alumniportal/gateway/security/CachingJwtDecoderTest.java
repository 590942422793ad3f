package org.alumniportal.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

class CachingJwtDecoderTest {

    private final Instant now = Instant.now();
    private final AtomicInteger fullDecodes = new AtomicInteger();
    private final Set<String> revokedSessions = new HashSet<>();

    /** Stands in for Boot's decoder: "good-*" tokens pass, anything else has a bad signature. */
    private final ReactiveJwtDecoder full = token -> {
        fullDecodes.incrementAndGet();
        return token.startsWith("good-") ? Mono.just(jwt(token, now.plusSeconds(300)))
                : Mono.error(new BadJwtException("bad signature"));
    };

    private final CachingJwtDecoder decoder = new CachingJwtDecoder(full,
            jwt -> revokedSessions.contains(jwt.getClaimAsString("sid"))
                    ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "revoked", null))
                    : OAuth2TokenValidatorResult.success(),
            16, Clock.systemUTC());

    @Test
    void aTokenAlreadyAcceptedIsNotParsedAndVerifiedAgain() {
        Jwt first = decoder.decode("good-1").block();
        Jwt second = decoder.decode("good-1").block();

        assertThat(second).isSameAs(first);
        assertThat(fullDecodes).hasValue(1);
        decoder.decode("good-2").block();
        assertThat(fullDecodes).as("another token's text is another entry").hasValue(2);
    }

    @Test
    void aRememberedTokenIsStillCheckedForRevocationOnEveryUse() {
        decoder.decode("good-1").block();
        revokedSessions.add("sid-good-1");

        assertThatThrownBy(() -> decoder.decode("good-1").block()).isInstanceOf(JwtValidationException.class)
                .hasMessage("revoked");
        revokedSessions.clear();
        decoder.decode("good-1").block();
        assertThat(fullDecodes).as("a refused token is forgotten and goes through the full check again")
                .hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(fullDecodes).hasValue(2);
    }

    @Test
    void anExpiredTokenIsNotServedFromTheCache() {
        CachingJwtDecoder expiring = new CachingJwtDecoder(
                token -> {
                    fullDecodes.incrementAndGet();
                    return Mono.just(jwt(token, now.minusSeconds(1)));
                },
                jwt -> OAuth2TokenValidatorResult.success(), 16, Clock.systemUTC());

        expiring.decode("good-old").block();
        expiring.decode("good-old").block();

        assertThat(fullDecodes).as("an entry lives only until its token's expiry").hasValue(2);
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("user").claim("sid", "sid-" + token)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(5))).expiresAt(expiresAt).build();
    }
}
