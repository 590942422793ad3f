package org.alumniportal.gateway.apikey;

import java.time.Clock;

import org.alumniportal.gateway.problem.ProblemWriter;
import org.alumniportal.gateway.web.TracedLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Runs before the security chain (order -100): a request with {@code X-API-Key} and no Authorization is
 * checked (401 {@code invalid-api-key} for an unknown, expired or revoked key; 403 {@code api-key-scope}
 * outside its scopes) and forwarded with the key's Bearer token instead of the key, so the chain and the
 * services see an ordinary RECRUITER token. One log line per keyed request makes every use attributable.
 */
@Component
@Order(-150)
class ApiKeyFilter implements WebFilter {

    static final String HEADER = "X-API-Key";

    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final ApiKeyResolver resolver;
    private final ServiceTokens tokens;
    private final RevokedApiKeys revoked;
    private final ProblemWriter problems;
    private final Clock clock;

    ApiKeyFilter(ApiKeyResolver resolver, ServiceTokens tokens, RevokedApiKeys revoked, ProblemWriter problems,
            Clock clock) {
        this.resolver = resolver;
        this.tokens = tokens;
        this.revoked = revoked;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String apiKey = headers.getFirst(HEADER);
        if (apiKey == null) {
            return chain.filter(exchange);
        }
        ServerWebExchange withoutKey = exchange.mutate()
                .request(request -> request.headers(h -> h.remove(HEADER))).build();
        if (headers.containsHeader(HttpHeaders.AUTHORIZATION)
                || HttpMethod.OPTIONS.equals(exchange.getRequest().getMethod())) {
            // A bearer token decides on its own; a preflight carries no credentials.
            return chain.filter(withoutKey);
        }
        HttpMethod method = exchange.getRequest().getMethod();
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        int dot = apiKey.lastIndexOf('.');
        if (!apiKey.startsWith("apk_") || dot < 5 || dot == apiKey.length() - 1 || apiKey.length() > 200) {
            return TracedLog.log(() -> log.info("API key refused: malformed key; {} {}", method, path.value()))
                    .then(invalid(exchange));
        }
        return check(apiKey, method, path).flatMap(decision -> switch (decision.outcome()) {
            case PASS -> forward(withoutKey, chain, decision.key(), decision.token(), method, path);
            case OUT_OF_SCOPE -> {
                ResolvedKey key = decision.key();
                String needs = ApiKeyScopes.describe(method, path).map(s -> " It needs " + s + ".")
                        .orElse(" No API key may call it.");
                yield TracedLog.log(() -> log.info("API key use: key={} organisation={} {} {} -> 403 outside "
                        + "scopes {}", key.keyId(), key.organisation(), method, path.value(), key.scopes()))
                        .then(problems.write(exchange, HttpStatus.FORBIDDEN, "api-key-scope",
                                "Outside the key's scopes",
                                method + " " + path.value() + " is not open to this API key." + needs));
            }
            case INVALID -> {
                ResolvedKey key = decision.key();
                yield TracedLog.log(() -> log.info("API key refused: key={} organisation={} (unknown, expired, "
                        + "revoked or refused by Keycloak); {} {} -> 401", key == null ? "-" : key.keyId(),
                        key == null ? "-" : key.organisation(), method, path.value())).then(invalid(exchange));
            }
            case UNAVAILABLE -> {
                exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
                yield TracedLog.log(() -> log.warn("API key check unavailable for {} {}: {}", method, path.value(),
                        decision.error().toString())).then(problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable", "Service unavailable",
                        "The API key cannot be checked right now (auth-service is not answering); try again "
                        + "shortly."));
            }
        });
    }

    private enum Outcome { PASS, OUT_OF_SCOPE, INVALID, UNAVAILABLE }

    private record Decision(Outcome outcome, ResolvedKey key, String token, Throwable error) {
    }

    /** Everything that can refuse the key, before the request goes on (whose own errors are not ours). */
    private Mono<Decision> check(String apiKey, HttpMethod method, PathContainer path) {
        return resolver.resolve(apiKey).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(found -> {
                    if (found.isEmpty()) {
                        return Mono.just(new Decision(Outcome.INVALID, null, null, null));
                    }
                    ResolvedKey key = found.get();
                    if (revoked.isRevoked(key.keyId())
                            || (key.expiresAt() != null && !clock.instant().isBefore(key.expiresAt()))) {
                        return Mono.just(new Decision(Outcome.INVALID, key, null, null));
                    }
                    if (!ApiKeyScopes.allows(key.scopes(), method, path)) {
                        return Mono.just(new Decision(Outcome.OUT_OF_SCOPE, key, null, null));
                    }
                    return tokens.tokenFor(key, key.clientSecret()).map(token -> new Decision(Outcome.PASS, key, token, null))
                            .onErrorResume(ServiceTokens.KeyRefusedException.class,
                                    refused -> Mono.just(new Decision(Outcome.INVALID, key, null, null)));
                })
                .onErrorResume(error -> Mono.just(new Decision(Outcome.UNAVAILABLE, null, null, error)));
    }

    private Mono<Void> forward(ServerWebExchange withoutKey, WebFilterChain chain, ResolvedKey key, String token,
            HttpMethod method, PathContainer path) {
        withoutKey.getAttributes().put(ApiKeyCaller.ATTRIBUTE, new ApiKeyCaller(key.keyId(), key.organisation()));
        ServerWebExchange withToken = withoutKey.mutate()
                .request(request -> request.headers(h -> h.setBearerAuth(token))).build();
        return Mono.deferContextual(context -> chain.filter(withToken).doFinally(signal -> TracedLog.run(context,
                () -> {
                    HttpStatusCode status = withToken.getResponse().getStatusCode();
                    log.info("API key use: key={} organisation={} {} {} -> {}", key.keyId(), key.organisation(),
                            method, path.value(), status == null ? "-" : status.value());
                })));
    }

    private Mono<Void> invalid(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "invalid-api-key", "Invalid API key",
                "The API key is unknown, expired or revoked.");
    }
}
