package org.alumniportal.auth.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ResetTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void tokensAre256RandomBitsInHex() {
        String token = ResetToken.newToken();
        assertThat(token).matches("[0-9a-f]{64}");
        assertThat(ResetToken.newToken()).isNotEqualTo(token);
    }

    @Test
    void onlyTheSha256OfTheTokenIsKept() {
        String token = ResetToken.newToken();
        ResetToken stored = ResetToken.issue(token, "user-1", NOW, Duration.ofMinutes(30));
        assertThat(stored).extracting("tokenHash").isEqualTo(ResetToken.hashOf(token)).isNotEqualTo(token);
    }

    @Test
    void aTokenWorksForThirtyMinutes() {
        ResetToken token = ResetToken.issue(ResetToken.newToken(), "user-1", NOW, Duration.ofMinutes(30));
        assertThat(token.usable(NOW.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(token.usable(NOW.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void aClaimedTokenCannotBeClaimedAgainUnlessGivenBack() {
        ResetToken token = ResetToken.issue(ResetToken.newToken(), "user-1", NOW, Duration.ofMinutes(30));
        token.claim(NOW);
        assertThat(token.usable(NOW)).isFalse();
        assertThatThrownBy(() -> token.claim(NOW)).isInstanceOf(IllegalStateException.class);
        token.release();
        assertThat(token.usable(NOW)).isTrue();
    }
}
