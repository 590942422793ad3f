package org.alumniportal.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private static final String KEY = "test-signing-key-with-at-least-32-bytes!";
    private final SignedTokens cards = new SignedTokens(KEY, "alumni-card");
    private final byte[] payload = "card-7".getBytes(StandardCharsets.UTF_8);

    @Test
    void anAuthenticTokenOpensToItsPayloadAndIsTheSameEveryTime() {
        String token = cards.sign(payload);

        assertThat(cards.open(token)).hasValueSatisfying(p -> assertThat(p).isEqualTo(payload));
        assertThat(cards.sign(payload)).isEqualTo(token);
        assertThat(token).hasSize((payload.length + SignedTokens.TAG_BYTES) * 4 / 3 + 1).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void everyChangedCharacterMakesTheTokenUnauthentic() {
        String token = cards.sign(payload);
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String changed = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
            assertThat(cards.open(changed)).as("changed at %d", i).isEmpty();
        }
    }

    @Test
    void aTokenOfAnotherPurposeOrKeyIsRefused() {
        String token = cards.sign(payload);

        assertThat(new SignedTokens(KEY, "event-ticket").open(token)).isEmpty();
        assertThat(new SignedTokens(KEY + "x", "alumni-card").open(token)).isEmpty();
    }

    @Test
    void garbageNeverThrows() {
        assertThat(cards.open(null)).isEmpty();
        assertThat(cards.open("")).isEmpty();
        assertThat(cards.open("not base64 !!")).isEmpty();
        assertThat(cards.open("AAAA")).isEmpty();
        assertThat(cards.open("A".repeat(10_000))).isEmpty();
        assertThat(cards.open(Base64.getUrlEncoder().encodeToString(new byte[40]))).isEmpty();
    }

    @Test
    void aShortKeyIsRefusedAtStart() {
        assertThatThrownBy(() -> new SignedTokens("too-short", "alumni-card"))
                .hasMessageContaining("at least 32 bytes");
    }
}
