package org.alumniportal.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.alumniportal.notification.config.NotificationProperties;
import org.alumniportal.notification.notification.NotificationType;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private static NotificationProperties withKey(String key) {
        return new NotificationProperties("Alumni Portal", "http://portal.test", "http://gateway.test", "from@test",
                key, 5, Duration.ofSeconds(2), Duration.ofMinutes(5), 0.5, 3, "portal.notification",
                Duration.ofSeconds(15), Duration.ofMinutes(30), 3, Duration.ofDays(35));
    }

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(withKey("a-test-key-that-is-long-enough-0123456789"));

    @Test
    void aSignedTokenNamesItsUserAndType() {
        String token = tokens.sign("user-1", NotificationType.JOB_MATCH);

        assertThat(tokens.verify(token)).contains(new UnsubscribeTokens.Subject("user-1", NotificationType.JOB_MATCH));
    }

    @Test
    void aTamperedForeignOrMalformedTokenIsRefused() {
        String token = tokens.sign("user-1", NotificationType.JOB_MATCH);
        String otherPayload = tokens.sign("user-2", NotificationType.JOB_MATCH).split("\\.")[0];
        UnsubscribeTokens otherKey = new UnsubscribeTokens(withKey("another-key-that-is-long-enough-0123456789"));

        assertThat(tokens.verify(otherPayload + "." + token.split("\\.")[1])).isEmpty();
        assertThat(otherKey.verify(token)).isEmpty();
        assertThat(tokens.verify("not a token")).isEmpty();
        assertThat(tokens.verify("%%%.###")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }

    @Test
    void aShortKeyIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new UnsubscribeTokens(withKey("short"))).isInstanceOf(IllegalStateException.class);
    }
}
