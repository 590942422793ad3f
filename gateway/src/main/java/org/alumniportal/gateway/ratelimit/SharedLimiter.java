package org.alumniportal.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hazelcast.core.HazelcastInstance;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import reactor.core.publisher.Mono;

/**
 * Bucket4j buckets in a Hazelcast map that every gateway replica's embedded member shares: a key is counted once
 * across replicas, so two replicas do not double a limit. A consumption is an entry processor on the key's owner
 * (asynchronous, the event loop never blocks); a bucket idle long enough to be full again is dropped.
 *
 * <p>Budgets of {@value #EXACT_BELOW} a minute and more (the per-user and per-address ones, hit on every request)
 * are counted locally and settled with the shared bucket every {@link #SETTLE_EVERY} or after a fiftieth of the
 * budget (Bucket4j's delaying optimisation): one entry processor per request cost the gateway more CPU than the
 * rest of its filters together, and a replica can overshoot such a limit by at most 2 % of it. Smaller budgets
 * (login per account, refresh per session) are settled on every request and stay exact.
 */
final class SharedLimiter implements Limiter {

    static final String MAP = "portal-rate-limits";
    private static final Duration WINDOW = Duration.ofMinutes(1);

    static final int EXACT_BELOW = 100;
    static final Duration SETTLE_EVERY = Duration.ofMillis(250);

    private final AsyncProxyManager<String> buckets;
    /** One proxy per bucket: a delayed bucket's local count lives in its proxy. */
    private final Cache<String, AsyncBucketProxy> proxies;

    SharedLimiter(HazelcastInstance cluster) {
        this(cluster, 100_000);
    }

    SharedLimiter(HazelcastInstance cluster, int maxBuckets) {
        this.buckets = Bucket4jHazelcast.<String>entryProcessorBasedBuilder(cluster.getMap(MAP))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(WINDOW))
                .build().asAsync();
        this.proxies = Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(WINDOW.multipliedBy(2))
                .build();
    }

    @Override
    public Mono<RateLimiter.Decision> tryConsume(String key, int perMinute) {
        AsyncBucketProxy bucket = proxies.get(key + "#" + perMinute, id -> proxy(id, perMinute));
        return Mono.fromFuture(() -> bucket.tryConsumeAndReturnRemaining(1)).map(SharedLimiter::decision);
    }

    private AsyncBucketProxy proxy(String id, int perMinute) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW)).build();
        var builder = buckets.builder();
        if (perMinute >= EXACT_BELOW) {
            builder = builder.withOptimization(Optimizations.delaying(
                    new DelayParameters(unsettledTokens(perMinute), SETTLE_EVERY)));
        }
        return builder.build(id, configuration);
    }

    /** Tokens a replica may take before it settles with the shared bucket: a fiftieth of the budget. */
    static long unsettledTokens(int perMinute) {
        return Math.max(1, perMinute / 50);
    }

    private static RateLimiter.Decision decision(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return new RateLimiter.Decision(true, probe.getRemainingTokens(), 0);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
        return new RateLimiter.Decision(false, 0, Math.max(1, seconds));
    }
}
