package org.alumniportal.community.capsule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TrendScoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration HALF_LIFE = Duration.ofHours(48);

    @Test
    void aLikeCountsHalfAsMuchAfterEachHalfLife() {
        assertThat(new TrendScore(NOW, HALF_LIFE).like(NOW).value()).isEqualTo(3.0);
        assertThat(new TrendScore(NOW, HALF_LIFE).like(NOW.minus(HALF_LIFE)).value()).isCloseTo(1.5, within(1e-9));
        assertThat(new TrendScore(NOW, HALF_LIFE).view(NOW.minus(HALF_LIFE.multipliedBy(2))).value())
                .isCloseTo(0.25, within(1e-9));
    }

    @Test
    void twoFreshLikesOutweighSixTenDaysOld() {
        TrendScore old = new TrendScore(NOW, HALF_LIFE);
        for (int i = 0; i < 6; i++) {
            old.like(NOW.minus(Duration.ofDays(10)));
        }
        TrendScore fresh = new TrendScore(NOW, HALF_LIFE).like(NOW).like(NOW.minusSeconds(3600));

        assertThat(fresh.value()).isGreaterThan(old.value());
    }
}
