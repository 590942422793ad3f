package org.alumniportal.gateway.ratelimit;

import org.alumniportal.gateway.apikey.ApiKeyCaller;
import org.alumniportal.gateway.security.AuthEndpoints;
import org.alumniportal.gateway.web.ClientAddress;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Which bucket a request draws from: an anonymous auth endpoint counts per client address and endpoint (so
 * a flood of logins does not lock out registration, and no token can lift it); an authenticated request
 * counts per user, a request made with a third-party API key per key; any other open path per client address
 * at the user rate.
 */
@Component
class RateLimitPolicy {

    record Limit(String key, int perMinute) {
    }

    private final ClientAddress clientAddress;
    private final RateLimitProperties properties;

    RateLimitPolicy(ClientAddress clientAddress, RateLimitProperties properties) {
        this.clientAddress = clientAddress;
        this.properties = properties;
    }

    Mono<Limit> limitFor(ServerWebExchange exchange) {
        String client = clientAddress.of(exchange.getRequest());
        var apiKey = ApiKeyCaller.of(exchange);
        if (apiKey.isPresent()) {
            return Mono.just(new Limit("api-key:" + apiKey.get().keyId(), properties.apiKeyPerMinute()));
        }
        return AuthEndpoints.anonymousEndpoint(exchange.getRequest())
                .map(endpoint -> Mono.just(new Limit("auth:" + client + ":" + endpoint, properties.authPerMinute())))
                .orElseGet(() -> exchange.getPrincipal()
                        .ofType(JwtAuthenticationToken.class)
                        .map(user -> new Limit("user:" + user.getName(), properties.userPerMinute()))
                        .defaultIfEmpty(new Limit("ip:" + client, properties.userPerMinute())));
    }
}
