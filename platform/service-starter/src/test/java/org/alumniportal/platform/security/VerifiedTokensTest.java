package org.alumniportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.alumniportal.platform.test.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final AtomicInteger verifications = new AtomicInteger();

    /** Accepts "good-*" tokens, valid for five minutes from now; refuses everything else. */
    private final JwtDecoder real = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(token).issuedAt(clock.instant())
                .expiresAt(clock.instant().plus(Duration.ofMinutes(5))).build();
    };

    @Test
    void aTokenIsVerifiedOnceButItsExpiryIsCheckedOnEveryUse() {
        VerifiedTokens decoder = new VerifiedTokens(real, 100, clock);

        assertThat(decoder.decode("good-1").getSubject()).isEqualTo("good-1");
        assertThat(decoder.decode("good-1").getSubject()).isEqualTo("good-1");
        assertThat(decoder.decode("good-2").getSubject()).isEqualTo("good-2");
        assertThat(verifications).hasValue(2);

        clock.advance(Duration.ofMinutes(7)); // past the expiry and the validator's 60 s of clock skew
        assertThatThrownBy(() -> decoder.decode("good-1")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokens decoder = new VerifiedTokens(real, 100, clock);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }
}
