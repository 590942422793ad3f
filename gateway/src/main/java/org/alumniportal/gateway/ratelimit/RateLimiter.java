package org.alumniportal.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets per key, refilled evenly over a minute. The cache is bounded in size, and a bucket idle for
 * longer than a full refill is dropped (a fresh one is identical), so memory stays flat under a flood of keys.
 */
final class RateLimiter {

    record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;

    RateLimiter(int maxBuckets, TimeMeter time) {
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfterAccess(WINDOW.multipliedBy(2))
                .executor(Runnable::run)
                .build();
    }

    Decision tryConsume(String key, int perMinute) {
        Bucket bucket = buckets.get(key + "#" + perMinute, ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
        return new Decision(false, 0, Math.max(1, seconds));
    }

    long bucketCount() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
