package org.alumniportal.gateway.security;

import org.alumniportal.gateway.problem.ProblemWriter;
import org.alumniportal.gateway.revocation.RevocationValidator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * 401 as problem+json with a type a client can act on: {@code unauthorized} (no token), {@code token-expired}
 * (refresh it), {@code token-revoked} (the session was logged out: sign in again), {@code invalid-token}.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException error) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (!(error instanceof InvalidBearerTokenException)) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "This resource needs a bearer token.");
        }
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        if (RevocationValidator.isRevocation(error)) {
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "token-revoked", "Token revoked",
                    "The session of this token has ended; sign in again.");
        }
        if (isExpiry(error)) {
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "token-expired", "Token expired",
                    "The access token has expired; refresh it or sign in again.");
        }
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token",
                "The bearer token is malformed, wrongly signed or not issued by this portal's identity provider.");
    }

    private static boolean isExpiry(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JwtValidationException invalid) {
                return invalid.getErrors().stream().anyMatch(e -> e.getDescription() != null
                        && e.getDescription().startsWith("Jwt expired"));
            }
        }
        return false;
    }
}
