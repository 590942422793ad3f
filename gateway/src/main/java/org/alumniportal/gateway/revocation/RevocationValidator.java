package org.alumniportal.gateway.revocation;

import org.alumniportal.gateway.problem.ProblemWriter;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses a token whose session ({@code sid}) was revoked, or which was issued before its user's not-before.
 * Boot adds every {@code OAuth2TokenValidator<Jwt>} bean to the issuer-uri decoder's default validators.
 */
@Component
public class RevocationValidator implements OAuth2TokenValidator<Jwt> {

    static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The token's session has been revoked", ProblemWriter.TYPE_BASE + "token-revoked");

    private final RevocationStore store;

    RevocationValidator(RevocationStore store) {
        this.store = store;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        if (store.isRevoked(jwt.getClaimAsString("sid"), jwt.getSubject(), jwt.getIssuedAt())) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        return OAuth2TokenValidatorResult.success();
    }

    /** Whether an authentication failure is this validator's refusal. */
    public static boolean isRevocation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JwtValidationException invalid) {
                return invalid.getErrors().stream().anyMatch(e -> REVOKED.getUri().equals(e.getUri()));
            }
        }
        return false;
    }
}
