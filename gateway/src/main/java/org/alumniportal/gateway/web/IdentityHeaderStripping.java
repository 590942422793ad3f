package org.alumniportal.gateway.web;

import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Removes headers a client could use to claim an identity ({@code X-User-Id}, {@code X-User-Roles}, …) before
 * anything else sees the request. Services take identity only from the JWT, so this is defence in depth.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class IdentityHeaderStripping implements WebFilter {

    private final List<String> exactNames;
    private final List<String> prefixes;

    IdentityHeaderStripping(EdgeProperties properties) {
        this.exactNames = properties.strippedRequestHeaders().stream()
                .filter(name -> !name.endsWith("*")).map(name -> name.toLowerCase(Locale.ROOT)).toList();
        this.prefixes = properties.strippedRequestHeaders().stream()
                .filter(name -> name.endsWith("*"))
                .map(name -> name.substring(0, name.length() - 1).toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> present = exchange.getRequest().getHeaders().headerNames().stream()
                .filter(this::isStripped).toList();
        if (present.isEmpty()) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> present.forEach(headers::remove)))
                .build());
    }

    boolean isStripped(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return exactNames.contains(name) || prefixes.stream().anyMatch(name::startsWith);
    }
}
