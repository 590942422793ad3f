package org.alumniportal.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alumniportal.gateway.problem.ProblemWriter;
import org.alumniportal.gateway.web.TracedLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs after the security chain (the user is known) and before routing: over any of the request's limits answers
 * 429 problem+json with {@code Retry-After} in seconds; otherwise {@code X-RateLimit-Remaining} tells what is
 * left of the tightest one. Login and refresh bodies are read (small, capped) to find the account and session,
 * then handed on unchanged. CORS preflights are not counted.
 */
@Component
@Order(-40)
class RateLimitFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final int MAX_AUTH_BODY = 16 * 1024;

    private final RateLimitPolicy policy;
    private final Limiter limiter;
    private final ProblemWriter problems;

    RateLimitFilter(RateLimitPolicy policy, Limiter limiter, ProblemWriter problems) {
        this.policy = policy;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (HttpMethod.OPTIONS.equals(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        if (!RateLimitPolicy.needsBody(exchange)) {
            return limit(exchange, null, chain);
        }
        return DataBufferUtils.join(exchange.getRequest().getBody(), MAX_AUTH_BODY)
                .map(joined -> {
                    byte[] bytes = new byte[joined.readableByteCount()];
                    joined.read(bytes);
                    DataBufferUtils.release(joined);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .flatMap(bytes -> limit(withBody(exchange, bytes), new String(bytes, StandardCharsets.UTF_8), chain))
                .onErrorResume(DataBufferLimitException.class, tooLarge -> problems.write(exchange,
                        HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request too large",
                        "A login or refresh request is at most " + MAX_AUTH_BODY + " bytes."));
    }

    private Mono<Void> limit(ServerWebExchange exchange, String body, WebFilterChain chain) {
        return policy.limitsFor(exchange, body).flatMap(limits -> consume(limits, 0, Long.MAX_VALUE)
                .flatMap(outcome -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    if (outcome.refused() == null) {
                        headers.set("X-RateLimit-Remaining", Long.toString(outcome.remaining()));
                        return chain.filter(exchange);
                    }
                    RateLimitPolicy.Limit limit = outcome.refused();
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(outcome.retryAfterSeconds()));
                    headers.set("X-RateLimit-Remaining", "0");
                    return TracedLog.log(() -> log.info("Rate limit of {}/min hit ({}): {} {}", limit.perMinute(),
                            limit.key().substring(0, limit.key().indexOf(':')), exchange.getRequest().getMethod(),
                            exchange.getRequest().getPath())).then(problems.write(exchange,
                            HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                            "Rate limit of " + limit.perMinute() + " requests per minute reached; retry in "
                                    + outcome.retryAfterSeconds() + " s."));
                }));
    }

    private record Outcome(RateLimitPolicy.Limit refused, long remaining, long retryAfterSeconds) {
    }

    /** Takes a token from each bucket in turn; the first that has none refuses the request. */
    private Mono<Outcome> consume(List<RateLimitPolicy.Limit> limits, int index, long remaining) {
        if (index == limits.size()) {
            return Mono.just(new Outcome(null, remaining, 0));
        }
        RateLimitPolicy.Limit limit = limits.get(index);
        return limiter.tryConsume(limit.key(), limit.perMinute()).flatMap(decision -> decision.allowed()
                ? consume(limits, index + 1, Math.min(remaining, decision.remaining()))
                : Mono.just(new Outcome(limit, 0, decision.retryAfterSeconds())));
    }

    private static ServerWebExchange withBody(ServerWebExchange exchange, byte[] bytes) {
        ServerHttpRequestDecorator request = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(bytes)));
            }
        };
        return exchange.mutate().request(request).build();
    }
}
