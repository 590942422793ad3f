package org.alumniportal.gateway.apikey;

import java.util.Optional;

import org.springframework.web.server.ServerWebExchange;

/** The key a request came with, as an exchange attribute: the rate limiter counts per key with it. */
public record ApiKeyCaller(String keyId, String organisation) {

    static final String ATTRIBUTE = ApiKeyCaller.class.getName();

    public static Optional<ApiKeyCaller> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }
}
