package org.alumniportal.gateway.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.alumniportal.gateway.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class RevocationValidatorTest {

    private final Instant now = Instant.parse("2026-11-28T12:00:00Z");
    private final RevocationStore store = new RevocationStore(new MutableClock(now),
            new RevocationProperties(null, null, null));
    private final RevocationValidator validator = new RevocationValidator(store);

    @Test
    void aTokenOfALiveSessionPasses() {
        assertThat(validator.validate(token("sid-1")).hasErrors()).isFalse();
    }

    @Test
    void aTokenOfARevokedSessionFailsWithAnErrorTheEntryPointRecognises() {
        store.revokeSession("sid-1", now);

        var result = validator.validate(token("sid-1"));

        assertThat(result.hasErrors()).isTrue();
        var failure = new InvalidBearerTokenException("invalid",
                new JwtValidationException("invalid", result.getErrors()));
        assertThat(RevocationValidator.isRevocation(failure)).isTrue();
        assertThat(RevocationValidator.isRevocation(new InvalidBearerTokenException("expired"))).isFalse();
    }

    private Jwt token(String sid) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1").claim("sid", sid)
                .issuedAt(now.minus(Duration.ofMinutes(1))).expiresAt(now.plus(Duration.ofMinutes(4)))
                .claim("realm_access", java.util.Map.of("roles", List.of("ALUMNI"))).build();
    }
}
