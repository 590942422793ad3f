package org.alumniportal.auth.login;

import java.time.Clock;

import org.alumniportal.auth.directory.Account;
import org.alumniportal.auth.directory.AccountStatus;
import org.alumniportal.auth.directory.Accounts;
import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.InvalidCredentialsException;
import org.alumniportal.auth.identity.TokenGrant;
import org.alumniportal.auth.identity.TokenResponse;
import org.alumniportal.platform.events.user.SessionRevoked;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.web.PortalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Login is the password grant, checked before anything else: only someone who knows the password learns
 * that the address is not verified yet, and the session Keycloak opened for them is ended at once. A wrong
 * password, an unknown address and a brute-force lock all look the same.
 */
@Service
class LoginService {

    private static final Logger log = LoggerFactory.getLogger(LoginService.class);

    private final IdentityProvider identity;
    private final EventPublisher events;
    private final Clock clock;
    private final Accounts accounts;

    LoginService(IdentityProvider identity, EventPublisher events, Clock clock, Accounts accounts) {
        this.accounts = accounts;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    TokenResponse login(String email, String password) {
        TokenGrant grant;
        try {
            grant = identity.passwordGrant(email, password);
        } catch (InvalidCredentialsException refused) {
            log.info("Login refused: invalid credentials");
            throw new PortalException(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
                    "The e-mail address or the password is wrong.");
        }
        if (!grant.emailVerified()) {
            if (grant.sessionId() != null) {
                identity.endSession(grant.sessionId());
            }
            log.info("Login refused, e-mail not verified: user {}", grant.userId());
            throw new PortalException(HttpStatus.FORBIDDEN, "email-not-verified", "E-mail not verified",
                    "Verify your e-mail address with the 6-digit code we mailed you before logging in; "
                            + "you can ask for a new code.");
        }
        refuseIfLockedOut(grant);
        log.info("Login: user {} session {}", grant.userId(), grant.sessionId());
        return grant.tokens();
    }

    TokenResponse refresh(String refreshToken) {
        try {
            TokenGrant grant = identity.refresh(refreshToken);
            refuseIfLockedOut(grant);
            log.info("Tokens refreshed: user {} session {}", grant.userId(), grant.sessionId());
            return grant.tokens();
        } catch (InvalidCredentialsException refused) {
            log.info("Refresh refused: {}", refused.getMessage());
            throw new PortalException(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "Invalid refresh token",
                    "The refresh token is invalid, expired or its session has ended; log in again.");
        }
    }

    /**
     * Only someone who knows the password (or holds a live refresh token) learns that the account is suspended;
     * the session Keycloak just opened or refreshed is ended again.
     */
    private void refuseIfLockedOut(TokenGrant grant) {
        AccountStatus status = accounts.find(grant.userId()).map(Account::status).orElse(AccountStatus.ACTIVE);
        if (status != AccountStatus.SUSPENDED && status != AccountStatus.DELETED) {
            return;
        }
        if (grant.sessionId() != null) {
            identity.endSession(grant.sessionId());
        }
        log.info("Login refused, account {}: user {}", status, grant.userId());
        if (status == AccountStatus.DELETED) {
            throw new PortalException(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
                    "The e-mail address or the password is wrong.");
        }
        throw new PortalException(HttpStatus.FORBIDDEN, "account-suspended", "Account suspended",
                "An administrator has suspended this account; contact the portal's administrators.");
    }

    /** Ends the session of the token; without a session id in the token, every session of the user. */
    void logout(String userId, String sessionId) {
        // The revocation is staged before Keycloak ends the session, so an ended session is always announced.
        if (sessionId != null) {
            events.publishWith(userId, () -> {
                identity.endSession(sessionId);
                return sessionId;
            }, new SessionRevoked(userId, sessionId, null, "logout"));
            log.info("Logout: user {} session {}", userId, sessionId);
            return;
        }
        events.publishWith(userId, () -> {
            identity.endAllSessions(userId);
            return userId;
        }, new SessionRevoked(userId, null, clock.instant(), "logout"));
        log.info("Logout without a session id: user {}, every session ended", userId);
    }
}
