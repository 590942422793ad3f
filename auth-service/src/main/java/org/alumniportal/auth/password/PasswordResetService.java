package org.alumniportal.auth.password;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.alumniportal.auth.identity.Emails;
import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.IdentityProviderUnavailableException;
import org.alumniportal.auth.identity.IdentityUser;
import org.alumniportal.auth.identity.PasswordRejectedException;
import org.alumniportal.auth.identity.UnknownUserException;
import org.alumniportal.auth.mail.Mailer;
import org.alumniportal.platform.events.user.SessionRevoked;
import org.alumniportal.platform.outbox.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Forgot-password mails a single-use token; the reset sets the new password in Keycloak, ends every session
 * of the user and announces {@code session.revoked.v1} with {@code notBefore = now}, so that access tokens
 * still in circulation are refused at the gateway too.
 */
@Service
class PasswordResetService {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    private final ResetTokenRepository tokens;
    private final IdentityProvider identity;
    private final EventPublisher events;
    private final Mailer mailer;
    private final ResetProperties properties;
    private final Clock clock;

    PasswordResetService(ResetTokenRepository tokens, IdentityProvider identity, EventPublisher events, Mailer mailer,
            ResetProperties properties, Clock clock) {
        this.tokens = tokens;
        this.identity = identity;
        this.events = events;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    /** Same outcome for every address: the caller learns nothing about who has an account. */
    void forgot(String email) {
        String address = Emails.normalize(email);
        IdentityUser user = identity.findByEmail(address).filter(IdentityUser::enabled).orElse(null);
        if (user == null) {
            log.info("Password reset requested for an address without an active account; nothing sent");
            return;
        }
        String token = ResetToken.newToken();
        tokens.save(ResetToken.issue(token, user.id(), clock.instant(), properties.ttl()));
        mailer.sendPasswordReset(user.id(), address, token, properties.ttl());
        log.info("Password reset token issued: user {}", user.id());
    }

    void reset(String token, String newPassword) {
        Instant now = clock.instant();
        ResetToken reset = tokens.findById(ResetToken.hashOf(token)).filter(t -> t.usable(now))
                .orElseThrow(PasswordProblems::invalidToken);
        IdentityUser user = identity.findById(reset.userId()).orElseThrow(PasswordProblems::invalidToken);
        List<String> broken = PasswordPolicy.violations(newPassword, user.email());
        if (!broken.isEmpty()) {
            throw PasswordProblems.rejected("newPassword", broken);
        }
        reset.claim(now);
        try {
            reset = tokens.save(reset);
        } catch (OptimisticLockingFailureException usedConcurrently) {
            throw PasswordProblems.invalidToken();
        }
        try {
            identity.resetPassword(user.id(), newPassword);
            // By session as well as by time: token iat has whole seconds, so a token of an old session issued in
            // the same second as the reset would pass the time cutoff; its session id does not. Staged before
            // Keycloak ends the sessions, so ended sessions are always announced to the gateway.
            List<SessionRevoked> revoked = new ArrayList<>();
            for (String sessionId : identity.sessionIds(user.id())) {
                revoked.add(new SessionRevoked(user.id(), sessionId, null, "password-reset"));
            }
            revoked.add(new SessionRevoked(user.id(), null, now, "password-reset"));
            events.publishWith(user.id(), () -> {
                identity.endAllSessions(user.id());
                return revoked;
            }, revoked);
        } catch (PasswordRejectedException refused) {
            giveBack(reset);
            throw PasswordProblems.rejected("newPassword", List.of(refused.getMessage()));
        } catch (UnknownUserException gone) {
            throw PasswordProblems.invalidToken();
        } catch (IdentityProviderUnavailableException e) {
            // The password may be set already; with the token back, the user can simply try again.
            giveBack(reset);
            throw e;
        } catch (DataAccessException outboxDown) {
            // The revocations could not be stored, so the sessions were not ended: with the token back the user
            // tries again rather than keeping a reset whose old sessions live on.
            giveBack(reset);
            throw outboxDown;
        }
        retireOtherTokens(user.id());
        log.info("Password reset: user {}, every session ended", user.id());
    }

    private void giveBack(ResetToken reset) {
        reset.release();
        tokens.save(reset);
    }

    /** Older links mailed to the same user stop working once the password has been changed. */
    private void retireOtherTokens(String userId) {
        Instant now = clock.instant();
        List<ResetToken> open = tokens.findByUserIdAndUsedAtIsNull(userId);
        open.forEach(t -> {
            if (t.usable(now)) {
                t.claim(now);
            }
        });
        tokens.saveAll(open);
    }
}
