package org.alumniportal.gateway.web;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The headers on every response (the gateway's own and the proxied ones). HSTS only where the client really
 * talks https: directly, or through a trusted proxy that says so in {@code X-Forwarded-Proto}.
 */
@Component
public class SecurityHeaders {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final EdgeProperties properties;
    private final ClientAddress clientAddress;

    SecurityHeaders(EdgeProperties properties, ClientAddress clientAddress) {
        this.properties = properties;
        this.clientAddress = clientAddress;
    }

    public Customizer<ServerHttpSecurity.HeaderSpec> spec() {
        return headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.mode(Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
                .permissionsPolicy(permissions -> permissions.policy(properties.permissionsPolicy()))
                .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                .writer(this::writeHsts);
    }

    private Mono<Void> writeHsts(ServerWebExchange exchange) {
        if (isHttps(exchange.getRequest())) {
            exchange.getResponse().getHeaders().set("Strict-Transport-Security", HSTS);
        }
        return Mono.empty();
    }

    boolean isHttps(ServerHttpRequest request) {
        if (request.getSslInfo() != null || "https".equalsIgnoreCase(request.getURI().getScheme())) {
            return true;
        }
        return clientAddress.isFromTrustedProxy(request)
                && "https".equalsIgnoreCase(request.getHeaders().getFirst("X-Forwarded-Proto"));
    }
}
