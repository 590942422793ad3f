package org.alumniportal.auth.verification;

import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;

/** 429 {@code otp-cooldown}: a code was sent moments ago; it tells when to come back in {@code Retry-After}. */
class OtpCooldownException extends PortalException {

    private final long retryAfterSeconds;

    OtpCooldownException(long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "otp-cooldown", "Too soon for a new code",
                "A code was sent moments ago; you can ask for another one in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
        with("retryAfterSeconds", retryAfterSeconds);
        withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
