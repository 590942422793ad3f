package org.alumniportal.profile.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.alumniportal.platform.qr.QrCodes;
import org.alumniportal.platform.tokens.SignedTokens;
import org.junit.jupiter.api.Test;

class CardTokensTest {

    private static final String KEY = "test-card-signing-key-with-at-least-32-bytes";
    private static final String CARD = "6f1c2b9e-8d3a-4e5f-9a7b-1c2d3e4f5a6b";
    private static final Instant ISSUED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(365));

    private static CardTokens at(Instant now) {
        return new CardTokens(KEY, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aFreshTokenIsAuthenticAndNamesItsCardAndExpiry() {
        CardTokens tokens = at(ISSUED.plusSeconds(60));
        String token = tokens.sign(CARD, EXPIRES);

        CardTokens.Check check = tokens.check(token);

        assertThat(check.authentic()).isTrue();
        assertThat(check.expired()).isFalse();
        assertThat(check.cardId()).isEqualTo(CARD);
        assertThat(check.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void theTokenIsShortSoTheVerifyLinkMakesAnEasyQrCode() {
        String token = at(ISSUED).sign(CARD, EXPIRES);
        String link = "https://alumni.university.example/api/alumni-card/verify?token=" + token;

        assertThat(token).hasSize(50).matches("[A-Za-z0-9_-]+");
        assertThat(QrCodes.version(link)).isLessThanOrEqualTo(7);
        assertThat(QrCodes.version("http://127.0.0.1:8080/api/alumni-card/verify?token=" + token)).isEqualTo(6);
    }

    @Test
    void theSameCardAlwaysGivesTheSameTokenSoAPrintedQrStaysValid() {
        assertThat(at(ISSUED).sign(CARD, EXPIRES)).isEqualTo(at(EXPIRES).sign(CARD, EXPIRES));
    }

    @Test
    void aTokenIsExpiredFromItsExpiryInstantOn() {
        String token = at(ISSUED).sign(CARD, EXPIRES);

        assertThat(at(EXPIRES.minusSeconds(1)).check(token).expired()).isFalse();
        CardTokens.Check atExpiry = at(EXPIRES).check(token);
        assertThat(atExpiry.authentic()).isTrue();
        assertThat(atExpiry.expired()).isTrue();
        assertThat(atExpiry.cardId()).isEqualTo(CARD);
    }

    @Test
    void aTokenWithAnyCharacterChangedIsNotAuthentic() {
        CardTokens tokens = at(ISSUED);
        String token = tokens.sign(CARD, EXPIRES);
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String changed = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
            assertThat(tokens.check(changed).authentic()).as("changed at %d", i).isFalse();
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyOrForAnotherPurposeIsNotAuthentic() {
        String foreign = new CardTokens("another-key-also-with-at-least-32-bytes!", Clock.systemUTC())
                .sign(CARD, EXPIRES);
        String ticket = new SignedTokens(KEY, "event-ticket").sign(new byte[25]);

        assertThat(at(ISSUED).check(foreign).authentic()).isFalse();
        assertThat(at(ISSUED).check(ticket).authentic()).isFalse();
    }

    @Test
    void garbageIsNotAuthentic() {
        CardTokens tokens = at(ISSUED);
        assertThat(tokens.check(null).authentic()).isFalse();
        assertThat(tokens.check("").authentic()).isFalse();
        assertThat(tokens.check(CARD).authentic()).isFalse();
        assertThat(tokens.check("a.b.c").authentic()).isFalse();
        assertThat(tokens.check("x".repeat(5000)).authentic()).isFalse();
        assertThat(tokens.check(new SignedTokens(KEY, "alumni-card").sign(new byte[3])).authentic()).isFalse();
    }

    @Test
    void everyIssuedCardIdRoundTrips() {
        CardTokens tokens = at(ISSUED);
        for (int i = 0; i < 200; i++) {
            String id = UUID.randomUUID().toString();
            assertThat(tokens.check(tokens.sign(id, EXPIRES)).cardId()).isEqualTo(id);
        }
    }

    @Test
    void aShortSigningKeyIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new CardTokens("too-short", Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
