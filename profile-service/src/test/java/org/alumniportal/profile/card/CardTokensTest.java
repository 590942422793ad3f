package org.alumniportal.profile.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CardTokensTest {

    private static final String KEY = "test-card-signing-key-with-at-least-32-bytes";
    private static final Instant ISSUED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(365));

    private static CardTokens at(Instant now) {
        return new CardTokens(KEY, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aFreshTokenIsAuthenticAndNamesItsCardHolderAndExpiry() {
        CardTokens tokens = at(ISSUED.plusSeconds(60));
        String token = tokens.sign("card-1", "user-1", ISSUED, EXPIRES);

        CardTokens.Check check = tokens.check(token);

        assertThat(check.authentic()).isTrue();
        assertThat(check.expired()).isFalse();
        assertThat(check.cardId()).isEqualTo("card-1");
        assertThat(check.userId()).isEqualTo("user-1");
        assertThat(check.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void theSameCardAlwaysGivesTheSameTokenSoAPrintedQrStaysValid() {
        CardTokens tokens = at(ISSUED);
        assertThat(tokens.sign("card-1", "user-1", ISSUED, EXPIRES))
                .isEqualTo(tokens.sign("card-1", "user-1", ISSUED, EXPIRES));
    }

    @Test
    void aTokenIsExpiredFromItsExpiryInstantOn() {
        String token = at(ISSUED).sign("card-1", "user-1", ISSUED, EXPIRES);

        assertThat(at(EXPIRES.minusSeconds(1)).check(token).expired()).isFalse();
        CardTokens.Check atExpiry = at(EXPIRES).check(token);
        assertThat(atExpiry.authentic()).isTrue();
        assertThat(atExpiry.expired()).isTrue();
        assertThat(atExpiry.cardId()).isEqualTo("card-1");
    }

    @Test
    void aTokenWhosePayloadWasChangedIsNotAuthentic() {
        CardTokens tokens = at(ISSUED);
        String token = tokens.sign("card-1", "user-1", ISSUED, EXPIRES);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("user-1", "user-2").getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.check(parts[0] + "." + forged + "." + parts[2]).authentic()).isFalse();
    }

    @Test
    void aTokenWithAChangedSignatureIsNotAuthentic() {
        CardTokens tokens = at(ISSUED);
        String token = tokens.sign("card-1", "user-1", ISSUED, EXPIRES);
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);

        assertThat(tokens.check(tampered).authentic()).isFalse();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsNotAuthentic() {
        String foreign = new CardTokens("another-key-also-with-at-least-32-bytes!", Clock.systemUTC())
                .sign("card-1", "user-1", ISSUED, EXPIRES);

        assertThat(at(ISSUED).check(foreign).authentic()).isFalse();
    }

    @Test
    void anUnsignedTokenIsNotAuthentic() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"alumni-portal/card\",\"sub\":\"user-1\",\"jti\":\"card-1\",\"exp\":"
                        + EXPIRES.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));

        assertThat(at(ISSUED).check(header + "." + payload + ".").authentic()).isFalse();
    }

    @Test
    void garbageIsNotAuthentic() {
        CardTokens tokens = at(ISSUED);
        assertThat(tokens.check(null).authentic()).isFalse();
        assertThat(tokens.check("").authentic()).isFalse();
        assertThat(tokens.check("card-1").authentic()).isFalse();
        assertThat(tokens.check("a.b.c").authentic()).isFalse();
        assertThat(tokens.check("x".repeat(5000)).authentic()).isFalse();
    }

    @Test
    void aShortSigningKeyIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new CardTokens("too-short", Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
