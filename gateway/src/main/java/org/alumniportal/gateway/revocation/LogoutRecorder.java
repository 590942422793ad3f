package org.alumniportal.gateway.revocation;

import java.time.Clock;

import org.alumniportal.gateway.security.AuthEndpoints;
import org.alumniportal.gateway.web.TracedLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * When {@code POST /api/auth/logout} through this gateway succeeds, the token's session is revoked here before
 * the response is committed, so the client's very next request is refused without waiting for the event.
 * Other gateway replicas learn it from the {@code session.revoked.v1} event.
 */
@Component
@Order(-30)
class LogoutRecorder implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(LogoutRecorder.class);

    private final RevocationStore store;
    private final Clock clock;

    LogoutRecorder(RevocationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!AuthEndpoints.isLogout(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .doOnNext(token -> exchange.getResponse().beforeCommit(() -> {
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    String sessionId = token.getToken().getClaimAsString("sid");
                    if (status != null && status.is2xxSuccessful() && sessionId != null) {
                        store.revokeSession(sessionId, clock.instant());
                        return TracedLog.log(() -> log.info("Logout through the gateway: session {} of user {} "
                                + "revoked", sessionId, token.getName()));
                    }
                    return Mono.empty();
                }))
                .then(Mono.defer(() -> chain.filter(exchange)));
    }
}
