package org.alumniportal.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.alumniportal.gateway.apikey.ApiKeyCaller;
import org.alumniportal.gateway.security.AuthEndpoints;
import org.alumniportal.gateway.web.ClientAddress;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which buckets a request draws from. An anonymous auth endpoint counts per client address and endpoint at a
 * budget a campus behind one NAT can live with; login also counts per account (so guessing one person's
 * password stays slow whatever the address) and refresh per session. An authenticated request counts per
 * user, a request made with a third-party API key per key; any other open path per client address at the user
 * rate.
 */
@Component
class RateLimitPolicy {

    static final String LOGIN = "/api/auth/login";
    static final String REFRESH = "/api/auth/refresh";

    record Limit(String key, int perMinute) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ClientAddress clientAddress;
    private final RateLimitProperties properties;

    RateLimitPolicy(ClientAddress clientAddress, RateLimitProperties properties) {
        this.clientAddress = clientAddress;
        this.properties = properties;
    }

    /** Whether the limits of this request depend on its body (login and refresh). */
    static boolean needsBody(ServerWebExchange exchange) {
        return AuthEndpoints.anonymousEndpoint(exchange.getRequest())
                .filter(endpoint -> endpoint.equals(LOGIN) || endpoint.equals(REFRESH)).isPresent();
    }

    /** @param body the request body for login and refresh (see {@link #needsBody}), otherwise ignored */
    Mono<List<Limit>> limitsFor(ServerWebExchange exchange, String body) {
        String client = clientAddress.of(exchange.getRequest());
        var apiKey = ApiKeyCaller.of(exchange);
        if (apiKey.isPresent()) {
            return Mono.just(List.of(new Limit("api-key:" + apiKey.get().keyId(), properties.apiKeyPerMinute())));
        }
        Optional<String> endpoint = AuthEndpoints.anonymousEndpoint(exchange.getRequest());
        if (endpoint.isPresent()) {
            List<Limit> limits = new ArrayList<>();
            if (LOGIN.equals(endpoint.get())) {
                field(body, "email").map(email -> email.trim().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty())
                        .ifPresent(email -> limits.add(new Limit("login-account:" + digest(email),
                                properties.loginPerAccountPerMinute())));
            }
            if (REFRESH.equals(endpoint.get())) {
                field(body, "refreshToken").filter(t -> !t.isBlank()).ifPresent(token -> limits.add(
                        new Limit("refresh-session:" + sessionOf(token), properties.refreshPerSessionPerMinute())));
            }
            limits.add(new Limit("auth:" + client + ":" + endpoint.get(), properties.authPerMinute()));
            return Mono.just(List.copyOf(limits));
        }
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .map(user -> List.of(new Limit("user:" + user.getName(), properties.userPerMinute())))
                .defaultIfEmpty(List.of(new Limit("ip:" + client, properties.userPerMinute())));
    }

    private static Optional<String> field(String body, String name) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode value = JSON.readTree(body).path(name);
            return value.isString() ? Optional.of(value.asString()) : Optional.empty();
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    /**
     * The session a refresh token belongs to: Keycloak's refresh tokens are JWTs carrying {@code sid}. Read, not
     * verified (Keycloak does that); a token that is not one counts by its own digest, and forging many ids only
     * spreads a flood over buckets that the per-address one still caps.
     */
    static String sessionOf(String refreshToken) {
        String[] parts = refreshToken.split("\\.");
        if (parts.length == 3) {
            try {
                JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                        StandardCharsets.UTF_8));
                if (claims.path("sid").isString() && !claims.path("sid").asString().isBlank()) {
                    return claims.path("sid").asString();
                }
            } catch (RuntimeException notAJwt) {
                // counted by digest below
            }
        }
        return "token-" + digest(refreshToken);
    }

    /** Addresses and tokens are not kept as bucket keys in the clear. */
    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
