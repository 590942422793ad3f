package org.alumniportal.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Objects;

import org.alumniportal.gateway.web.TracedLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Turns what fails inside the gateway (no route, no instance of the service, the service unreachable or
 * too slow, an oversized body, Keycloak unreachable for the JWKS) into problem+json instead of Boot's default
 * error JSON.
 * Runs before Boot's own handler (order -1).
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemWriter problems;

    ProblemErrorHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (causedBy(error, AuthenticationServiceException.class)) {
            // The issuer's discovery document or JWKS could not be fetched (Keycloak down or still starting).
            return TracedLog.log(() -> log.warn("Identity provider unavailable for {}: {}",
                    exchange.getRequest().getPath(), error.getMessage())).then(problems.write(exchange,
                    HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable", "Identity provider unavailable",
                    "Tokens cannot be checked right now; try again shortly."));
        }
        if (causedBy(error, ConnectException.class) || causedBy(error, IOException.class)) {
            // Refused, reset, or closed before the answer (a pooled connection to an instance that just died):
            // an idempotent request was already retried on other instances; either way the service is not there.
            return TracedLog.log(() -> log.warn("Upstream unreachable for {}: {}", exchange.getRequest().getPath(),
                    error.getMessage())).then(problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    "service-unavailable", "Service unavailable",
                    "The service behind this path is not reachable; try again shortly."));
        }
        if (error instanceof ResponseStatusException statusError) {
            return write(exchange, statusError.getStatusCode(), statusError);
        }
        return TracedLog.log(() -> log.error("Unhandled gateway error for {}", exchange.getRequest().getPath(),
                error)).then(problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                        "The gateway could not complete the request."));
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatusCode code, ResponseStatusException error) {
        HttpStatus status = Objects.requireNonNullElse(HttpStatus.resolve(code.value()), HttpStatus.INTERNAL_SERVER_ERROR);
        return switch (code.value()) {
            case 404 -> problems.write(exchange, status, "not-found", "Not found",
                    "No resource at " + exchange.getRequest().getPath().value() + ".");
            case 405 -> problems.write(exchange, status, "method-not-allowed", "Method not allowed",
                    "This path does not accept " + exchange.getRequest().getMethod().name() + ".");
            case 413 -> problems.write(exchange, status, "payload-too-large", "Payload too large",
                    "The request body exceeds the gateway's limit.");
            case 503 -> {
                yield TracedLog.log(() -> log.warn("No instance for {}: {}", exchange.getRequest().getPath(),
                        error.getReason())).then(problems.write(exchange, status, "service-unavailable",
                        "Service unavailable",
                        "The service behind this path has no running instance; try again shortly."));
            }
            case 504 -> problems.write(exchange, status, "gateway-timeout", "Gateway timeout",
                    "The service behind this path did not answer in time.");
            default -> {
                if (code.is5xxServerError()) {
                    yield TracedLog.log(() -> log.error("Gateway error {} for {}", code.value(),
                            exchange.getRequest().getPath(), error)).then(problems.write(exchange, status, "internal",
                            "Internal error", "The gateway could not complete the request."));
                }
                yield problems.write(exchange, status, "bad-request", status.getReasonPhrase(),
                        error.getReason() == null ? status.getReasonPhrase() : error.getReason());
            }
        };
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
