package org.alumniportal.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import reactor.core.publisher.Mono;

/**
 * Bucket4j buckets in a Hazelcast map that every gateway replica's embedded member shares: a key is counted once
 * across replicas, so two replicas do not double a limit. Each consumption is one entry processor on the key's
 * owner (asynchronous, the event loop never blocks); a bucket idle long enough to be full again is dropped.
 */
final class SharedLimiter implements Limiter {

    static final String MAP = "portal-rate-limits";
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final AsyncProxyManager<String> buckets;

    SharedLimiter(HazelcastInstance cluster) {
        this.buckets = Bucket4jHazelcast.<String>entryProcessorBasedBuilder(cluster.getMap(MAP))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(WINDOW))
                .build().asAsync();
    }

    @Override
    public Mono<RateLimiter.Decision> tryConsume(String key, int perMinute) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW)).build();
        return Mono.fromFuture(() -> buckets.builder().build(key + "#" + perMinute, configuration)
                .tryConsumeAndReturnRemaining(1)).map(SharedLimiter::decision);
    }

    private static RateLimiter.Decision decision(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return new RateLimiter.Decision(true, probe.getRemainingTokens(), 0);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
        return new RateLimiter.Decision(false, 0, Math.max(1, seconds));
    }
}
