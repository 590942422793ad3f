package org.alumniportal.gateway.ratelimit;

import org.alumniportal.gateway.problem.ProblemWriter;
import org.alumniportal.gateway.web.TracedLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.github.bucket4j.TimeMeter;
import reactor.core.publisher.Mono;

/**
 * Runs after the security chain (the user is known) and before routing: over the limit answers 429
 * problem+json with {@code Retry-After} in seconds; otherwise {@code X-RateLimit-Remaining} tells what is left.
 * CORS preflights are not counted.
 */
@Component
@Order(-40)
class RateLimitFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final RateLimitPolicy policy;
    private final RateLimiter limiter;
    private final ProblemWriter problems;

    RateLimitFilter(RateLimitPolicy policy, RateLimitProperties properties, ProblemWriter problems) {
        this.policy = policy;
        this.limiter = new RateLimiter(properties.maxBuckets(), TimeMeter.SYSTEM_MILLISECONDS);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (HttpMethod.OPTIONS.equals(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        return policy.limitFor(exchange).flatMap(limit -> {
            RateLimiter.Decision decision = limiter.tryConsume(limit.key(), limit.perMinute());
            HttpHeaders headers = exchange.getResponse().getHeaders();
            if (decision.allowed()) {
                headers.set("X-RateLimit-Remaining", Long.toString(decision.remaining()));
                return chain.filter(exchange);
            }
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            headers.set("X-RateLimit-Remaining", "0");
            return TracedLog.log(() -> log.info("Rate limit of {}/min hit: {} {}", limit.perMinute(),
                    exchange.getRequest().getMethod(), exchange.getRequest().getPath())).then(problems.write(exchange,
                    HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "Rate limit of " + limit.perMinute() + " requests per minute reached; retry in "
                            + decision.retryAfterSeconds() + " s."));
        });
    }
}
