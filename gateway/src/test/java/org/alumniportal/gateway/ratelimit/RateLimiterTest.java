package org.alumniportal.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

class RateLimiterTest {

    private final FakeTime time = new FakeTime();
    private final RateLimiter limiter = new RateLimiter(1_000, time);

    @Test
    void theEleventhRequestInAMinuteIsRefusedWithTheSecondsUntilTheNextOne() {
        for (int i = 1; i <= 10; i++) {
            assertThat(limiter.tryConsume("auth:10.0.0.1:/api/auth/login", 10).allowed()).as("request %d", i).isTrue();
        }

        RateLimiter.Decision eleventh = limiter.tryConsume("auth:10.0.0.1:/api/auth/login", 10);

        assertThat(eleventh.allowed()).isFalse();
        assertThat(eleventh.retryAfterSeconds()).isEqualTo(6);
    }

    @Test
    void capacityComesBackOverTheMinute() {
        for (int i = 0; i < 10; i++) {
            limiter.tryConsume("k", 10);
        }
        time.advance(Duration.ofSeconds(6));

        assertThat(limiter.tryConsume("k", 10).allowed()).isTrue();
        assertThat(limiter.tryConsume("k", 10).allowed()).isFalse();
    }

    @Test
    void keysAreCountedApart() {
        for (int i = 0; i < 10; i++) {
            limiter.tryConsume("auth:10.0.0.1:/api/auth/login", 10);
        }

        assertThat(limiter.tryConsume("auth:10.0.0.2:/api/auth/login", 10).allowed()).isTrue();
        assertThat(limiter.tryConsume("auth:10.0.0.1:/api/auth/register", 10).allowed()).isTrue();
    }

    @Test
    void aUserGetsThreeHundredRequestsAMinute() {
        for (int i = 1; i <= 300; i++) {
            assertThat(limiter.tryConsume("user:u1", 300).allowed()).as("request %d", i).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryConsume("user:u1", 300);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.tryConsume("user:u1", 300).remaining()).isZero();
    }

    @Test
    void theNumberOfBucketsStaysBoundedUnderAFloodOfKeys() {
        RateLimiter small = new RateLimiter(100, time);
        for (int i = 0; i < 10_000; i++) {
            small.tryConsume("auth:10.0." + (i / 256) + "." + (i % 256) + ":/api/auth/login", 10);
        }

        assertThat(small.bucketCount()).isLessThanOrEqualTo(100);
    }

    private static final class FakeTime implements TimeMeter {
        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
