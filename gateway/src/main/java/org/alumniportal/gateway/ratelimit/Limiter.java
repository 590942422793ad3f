package org.alumniportal.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Takes one token from the bucket {@code key} (capacity {@code perMinute}, refilled evenly over a minute). */
interface Limiter {

    Mono<RateLimiter.Decision> tryConsume(String key, int perMinute);
}
