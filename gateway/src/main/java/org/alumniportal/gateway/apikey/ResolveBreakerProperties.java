package org.alumniportal.gateway.apikey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.gateway.api-keys.resolve-breaker.*}: the Resilience4j circuit breaker around auth-service's
 * resolve call ({@link ResolveBreaker}).
 *
 * @param timeout how long one resolve may take; a resolve is one indexed lookup, so anything near this is an outage
 * @param slidingWindowSize calls the failure rate is computed over
 * @param minimumNumberOfCalls calls before the rate counts, so one failure after a quiet night opens nothing
 * @param failureRateThreshold percentage of failed or timed-out calls that opens the breaker
 * @param waitInOpenState how long keyed requests are answered 503 without asking auth-service
 * @param callsInHalfOpenState trial calls after the wait; if they succeed, the breaker closes again
 */
@ConfigurationProperties("portal.gateway.api-keys.resolve-breaker")
record ResolveBreakerProperties(
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("10") int slidingWindowSize,
        @DefaultValue("5") int minimumNumberOfCalls,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("10s") Duration waitInOpenState,
        @DefaultValue("2") int callsInHalfOpenState) {
}
