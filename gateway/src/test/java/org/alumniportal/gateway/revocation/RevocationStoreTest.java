package org.alumniportal.gateway.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.alumniportal.gateway.MutableClock;
import org.junit.jupiter.api.Test;

class RevocationStoreTest {

    private final Instant start = Instant.parse("2026-11-28T12:00:00Z");
    private final MutableClock clock = new MutableClock(start);
    private final RevocationStore store = new RevocationStore(clock,
            new RevocationProperties(Duration.ofMinutes(10), Duration.ofSeconds(60), null));

    @Test
    void aRevokedSessionIsRefusedAndOtherSessionsOfTheUserAreNot() {
        store.revokeSession("sid-1", start);

        assertThat(store.isRevoked("sid-1", "user-1", start.minusSeconds(30))).isTrue();
        assertThat(store.isRevoked("sid-2", "user-1", start.minusSeconds(30))).isFalse();
    }

    @Test
    void aRevokedSessionIsForgottenOnceEveryTokenOfItHasExpired() {
        store.revokeSession("sid-1", start);

        clock.advance(Duration.ofMinutes(10).plusSeconds(59));
        assertThat(store.isRevoked("sid-1", "user-1", start)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(store.isRevoked("sid-1", "user-1", start)).isFalse();
    }

    @Test
    void aRevocationOlderThanTheLongestTokenLifetimeIsNotKept() {
        store.revokeSession("sid-old", start.minus(Duration.ofMinutes(12)));

        assertThat(store.isRevoked("sid-old", "user-1", start.minus(Duration.ofMinutes(13)))).isFalse();
        assertThat(store.size()).isZero();
    }

    @Test
    void notBeforeRefusesTokensIssuedEarlierAndAcceptsTokensIssuedInTheSameSecondOrLater() {
        store.revokeUserTokensIssuedBefore("user-1", start.plusMillis(700));

        assertThat(store.isRevoked("sid-a", "user-1", start.minusSeconds(1))).isTrue();
        assertThat(store.isRevoked("sid-b", "user-1", start)).isFalse();
        assertThat(store.isRevoked("sid-c", "user-1", start.plusSeconds(5))).isFalse();
        assertThat(store.isRevoked("sid-a", "user-2", start.minusSeconds(1))).isFalse();
    }

    @Test
    void theLaterOfTwoNotBeforesWins() {
        store.revokeUserTokensIssuedBefore("user-1", start.plusSeconds(10));
        store.revokeUserTokensIssuedBefore("user-1", start);

        assertThat(store.isRevoked(null, "user-1", start.plusSeconds(5))).isTrue();
    }

    @Test
    void expiredEntriesArePurgedAsNewOnesArrive() {
        for (int i = 0; i < 100; i++) {
            store.revokeSession("sid-" + i, start);
        }
        clock.advance(Duration.ofMinutes(12));
        store.revokeSession("sid-new", clock.instant());

        assertThat(store.size()).isEqualTo(1);
    }
}
