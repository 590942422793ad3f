package org.alumniportal.gateway.apikey;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * The circuit breaker around auth-service's resolve call. Every keyed request waits for that call, so a slow
 * or dead auth-service would otherwise hold each one for the whole timeout; once most recent calls failed or
 * timed out, the breaker answers at once ({@link CallNotPermittedException}) until {@code wait-in-open-state}
 * has passed, then lets a few trial calls through and closes when they succeed. An unknown key (404) is an
 * answer, not a failure: guessing keys does not open the breaker for everyone else.
 */
@Component
class ResolveBreaker {

    static final String NAME = "auth-service-api-key-resolve";

    private final CircuitBreaker breaker;
    private final ResolveBreakerProperties properties;

    ResolveBreaker(ResolveBreakerProperties properties, ObjectProvider<MeterRegistry> meters) {
        this.properties = properties;
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.slidingWindowSize())
                .minimumNumberOfCalls(properties.minimumNumberOfCalls())
                .failureRateThreshold(properties.failureRateThreshold())
                .waitDurationInOpenState(properties.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(properties.callsInHalfOpenState())
                .build());
        this.breaker = registry.circuitBreaker(NAME);
        // resilience4j_circuitbreaker_state{name="auth-service-api-key-resolve"} and its call counters
        meters.ifAvailable(meterRegistry -> TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry)
                .bindTo(meterRegistry));
    }

    /** {@code call} with the timeout inside the breaker, so a timed-out call counts as a failure. */
    <T> Mono<T> guard(Mono<T> call) {
        return call.timeout(properties.timeout()).transformDeferred(CircuitBreakerOperator.of(breaker));
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }
}
