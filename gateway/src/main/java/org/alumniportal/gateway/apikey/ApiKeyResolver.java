package org.alumniportal.gateway.apikey;

import java.util.Map;

import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * Asks auth-service (through the load balancer) whether a key is valid. Empty means unknown, expired or
 * revoked; an error means auth-service could not answer (or {@link ResolveBreaker} is open), and the caller must
 * fail closed.
 */
@Component
class ApiKeyResolver {

    static final String TOKEN_HEADER = "X-Portal-Internal-Token";

    private final WebClient http;
    private final ApiKeyProperties properties;
    private final ResolveBreaker breaker;

    ApiKeyResolver(ReactorLoadBalancerExchangeFilterFunction loadBalancer, ApiKeyProperties properties,
            ResolveBreaker breaker) {
        this.http = WebClient.builder().filter(loadBalancer).build();
        this.properties = properties;
        this.breaker = breaker;
    }

    /** Fails with {@code CallNotPermittedException} at once while the breaker is open. */
    Mono<ResolvedKey> resolve(String apiKey) {
        return breaker.guard(http.post().uri(properties.resolveUri())
                .header(TOKEN_HEADER, properties.internalToken() == null ? "" : properties.internalToken())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("apiKey", apiKey))
                .exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.bodyToMono(ResolvedKey.class);
                    }
                    if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
                        return response.releaseBody().then(Mono.empty());
                    }
                    return response.releaseBody().then(Mono.error(new IllegalStateException(
                            "auth-service answered " + response.statusCode().value() + " to an API key resolve")));
                }));
    }
}
