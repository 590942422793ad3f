package org.alumniportal.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static ApiKey key(Instant expiresAt) {
        return ApiKey.issue("k1", "apikey-acme-k1", "hash", "Acme", null, List.of("jobs:read"), "admin-1", NOW, expiresAt);
    }

    @Test
    void aKeyIsUsableOnlyOnceItsClientExistsAndUntilItExpires() {
        ApiKey key = key(NOW.plus(Duration.ofDays(1)));
        assertThat(key.usable(NOW)).isFalse();
        assertThat(key.status(NOW)).isEqualTo("PENDING");

        key.activate("sa-1", NOW);

        assertThat(key.usable(NOW)).isTrue();
        assertThat(key.status(NOW)).isEqualTo("ACTIVE");
        assertThat(key.usable(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThat(key.status(NOW.plus(Duration.ofDays(1)))).isEqualTo("EXPIRED");
    }

    @Test
    void aRevokedKeyStaysRevokedAndRemembersWhoRevokedItFirst() {
        ApiKey key = key(null);
        key.activate("sa-1", NOW);

        assertThat(key.revoke("admin-2", NOW)).isTrue();
        assertThat(key.revoke("admin-3", NOW.plusSeconds(5))).isFalse();

        assertThat(key.usable(NOW)).isFalse();
        assertThat(key.status(NOW)).isEqualTo("REVOKED");
        assertThat(key.revokedBy()).isEqualTo("admin-2");
        assertThat(key.revokedAt()).isEqualTo(NOW);
    }

    @Test
    void lastUseIsRecordedAtMostOnceAMinute() {
        ApiKey key = key(null);

        assertThat(key.markUsed(NOW)).isTrue();
        assertThat(key.markUsed(NOW.plusSeconds(30))).isFalse();
        assertThat(key.markUsed(NOW.plusSeconds(61))).isTrue();
        assertThat(key.lastUsedAt()).isEqualTo(NOW.plusSeconds(61));
    }
}
