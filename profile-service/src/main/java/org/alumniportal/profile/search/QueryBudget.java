package org.alumniportal.profile.search;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import org.alumniportal.platform.web.PortalException;

/**
 * Anti-scraping: each user spends one token per directory query (search, directory, options, suggestions) from a
 * token bucket (see {@link SearchBudgetProperties}). An empty bucket answers 429 {@code search-budget-exhausted}
 * with {@code Retry-After}. In memory per instance: several instances multiply the budget, which the gateway's
 * shared per-user limit bounds.
 */
@Component
@EnableConfigurationProperties(SearchBudgetProperties.class)
public class QueryBudget {

    /** Above this many tracked users, buckets that have refilled completely are dropped (they carry no state). */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final double capacity;
    private final double tokensPerMilli;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    QueryBudget(SearchBudgetProperties properties, Clock clock) {
        this.clock = clock;
        this.capacity = properties.capacity();
        this.tokensPerMilli = properties.refillPerMinute() / 60_000.0;
    }

    /** Spends one query of {@code userId}'s budget, or throws the 429 problem. */
    public void spend(String userId) {
        long now = clock.millis();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        long waitMillis = buckets.computeIfAbsent(userId, id -> new Bucket(now)).take(now);
        if (waitMillis > 0) {
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            throw new PortalException(HttpStatus.TOO_MANY_REQUESTS, "search-budget-exhausted",
                    "Search budget exhausted", "You have made too many directory queries in a short time; try again in "
                            + seconds + " s.")
                    .with("retryAfterSeconds", seconds)
                    .withHeader("Retry-After", Long.toString(seconds));
        }
    }

    private final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }

        /** Takes a token: 0 when granted, otherwise the milliseconds until one is available. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerMilli);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > updatedAt) {
                tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerMilli);
                updatedAt = now;
            }
        }
    }
}
