package org.alumniportal.gateway.security;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The auth-service endpoints a client calls without a token. They are open at the gateway and rate-limited
 * per client address; matching uses the same path patterns as the security chain, so a variant of a path
 * that is let through as anonymous is also counted as that endpoint.
 */
public final class AuthEndpoints {

    public static final List<String> ANONYMOUS = List.of(
            "/api/auth/register",
            "/api/auth/verify-email",
            "/api/auth/resend-verification",
            "/api/auth/login",
            "/api/auth/refresh",
            "/api/auth/forgot-password",
            "/api/auth/reset-password");

    public static final String LOGOUT = "/api/auth/logout";

    private static final List<PathPattern> PATTERNS = ANONYMOUS.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();
    private static final PathPattern LOGOUT_PATTERN = PathPatternParser.defaultInstance.parse(LOGOUT);

    private AuthEndpoints() {
    }

    /** The anonymous endpoint this request is a call of, as its canonical path. */
    public static Optional<String> anonymousEndpoint(ServerHttpRequest request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return Optional.empty();
        }
        return PATTERNS.stream()
                .filter(pattern -> pattern.matches(request.getPath().pathWithinApplication()))
                .map(PathPattern::getPatternString)
                .findFirst();
    }

    /** Whether this request is a logout, matched as the security chain and the route would match it. */
    public static boolean isLogout(ServerHttpRequest request) {
        return HttpMethod.POST.equals(request.getMethod())
                && LOGOUT_PATTERN.matches(request.getPath().pathWithinApplication());
    }
}
