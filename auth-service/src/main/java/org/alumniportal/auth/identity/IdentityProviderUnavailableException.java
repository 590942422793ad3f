package org.alumniportal.auth.identity;

import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;

/**
 * The identity provider could not be reached or answered unexpectedly; retrying later may work. Every
 * endpoint answers it the same way (503 {@code identity-unavailable}), so it is a {@link PortalException}
 * and needs no mapping; the cause stays for the log, the client sees no detail of it.
 */
public class IdentityProviderUnavailableException extends PortalException {

    private final String reason;

    public IdentityProviderUnavailableException(String reason, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable", "Sign-in service unavailable",
                "The identity provider cannot be reached right now; try again in a moment.");
        with("retryable", true);
        if (cause != null) {
            initCause(cause);
        }
        this.reason = reason;
    }

    /** What went wrong, for the log (the problem document keeps its generic detail). */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + ": " + reason;
    }
}
