package org.alumniportal.auth.verification;

import org.alumniportal.platform.web.Problems;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The starter's ProblemHandler renders {@link org.alumniportal.platform.web.PortalException} without
 * response headers, and a 429 should say when to come back: this advice (ordered before it) renders the
 * cooldown the same way plus {@code Retry-After}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CooldownAdvice {

    @ExceptionHandler(OtpCooldownException.class)
    ResponseEntity<ProblemDetail> cooldown(OtpCooldownException ex) {
        ProblemDetail problem = Problems.of(ex.status(), ex.type(), ex.title(), ex.detail());
        ex.properties().forEach(problem::setProperty);
        String traceId = MDC.get("traceId");
        if (traceId != null && !traceId.isBlank()) {
            problem.setProperty("traceId", traceId);
        }
        return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds())).body(problem);
    }
}
