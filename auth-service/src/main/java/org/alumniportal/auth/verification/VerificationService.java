package org.alumniportal.auth.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.alumniportal.auth.directory.Accounts;
import org.alumniportal.auth.identity.Emails;
import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.IdentityProviderUnavailableException;
import org.alumniportal.auth.identity.IdentityUser;
import org.alumniportal.auth.identity.UnknownUserException;
import org.alumniportal.auth.mail.Mailer;
import org.alumniportal.platform.events.user.UserVerified;
import org.alumniportal.platform.outbox.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Issues, checks and re-sends verification codes. A successful check marks the address verified in Keycloak
 * and announces {@code user.verified.v1}.
 */
@Service
public class VerificationService {

    private static final Logger log = LoggerFactory.getLogger(VerificationService.class);

    private final EmailOtpRepository codes;
    private final ResendThrottleRepository throttle;
    private final IdentityProvider identity;
    private final EventPublisher events;
    private final Mailer mailer;
    private final OtpProperties rules;
    private final OtpCodes otpCodes;
    private final Clock clock;
    private final Accounts accounts;

    VerificationService(EmailOtpRepository codes, ResendThrottleRepository throttle, IdentityProvider identity,
            EventPublisher events, Mailer mailer, OtpProperties rules, Clock clock, Accounts accounts) {
        this.accounts = accounts;
        this.codes = codes;
        this.throttle = throttle;
        this.identity = identity;
        this.events = events;
        this.mailer = mailer;
        this.rules = rules;
        this.otpCodes = new OtpCodes(rules.pepper());
        this.clock = clock;
    }

    /**
     * Stores a new code for the address (replacing any earlier one) and starts the resend cooldown.
     *
     * @return the code in clear, for the mail only; it is never stored or logged
     */
    public String issueCode(String userId, String email) {
        String address = Emails.normalize(email);
        Instant now = clock.instant();
        String code = otpCodes.next();
        String hash = otpCodes.hash(address, code);
        EmailOtp otp = codes.findById(address).map(existing -> {
            existing.reissue(userId, hash, now, rules.ttl());
            return existing;
        }).orElseGet(() -> EmailOtp.issue(address, userId, hash, now, rules.ttl()));
        codes.save(otp);
        throttle.save(new ResendThrottle(ResendThrottle.idOf(address), now));
        return code;
    }

    /** Mails a code issued by {@link #issueCode} (asynchronously). */
    public void mailCode(String userId, String email, String code) {
        mailer.sendVerificationCode(userId, Emails.normalize(email), code, rules.ttl());
    }

    /** Forgets the code of an address, e.g. when its registration was rolled back. */
    public void discardCode(String email) {
        codes.deleteById(Emails.normalize(email));
    }

    VerifiedEmail verify(String email, String code) {
        String address = Emails.normalize(email);
        String hash = otpCodes.hash(address, code.trim());
        // Each try is counted by an optimistic write; a concurrent try makes it re-read and count again.
        for (int round = 1; ; round++) {
            try {
                return verifyOnce(address, hash);
            } catch (OptimisticLockingFailureException concurrent) {
                if (round == 3) {
                    throw VerificationProblems.busy();
                }
            }
        }
    }

    private VerifiedEmail verifyOnce(String address, String hash) {
        EmailOtp otp = codes.findById(address).orElseThrow(VerificationProblems::noLiveCode);
        EmailOtp.Outcome outcome = otp.attempt(hash, clock.instant(), rules.maxAttempts());
        switch (outcome) {
            case ALREADY_USED -> throw VerificationProblems.noLiveCode();
            case LOCKED -> {
                log.info("Verification refused, code locked: user {}", otp.userId());
                throw VerificationProblems.locked();
            }
            case EXPIRED -> throw VerificationProblems.expired();
            case WRONG_CODE -> {
                codes.save(otp);
                int left = otp.attemptsLeft(rules.maxAttempts());
                log.info("Wrong verification code: user {}, {} attempts left", otp.userId(), left);
                throw VerificationProblems.invalid(left);
            }
            case VERIFIED -> {
                return complete(otp);
            }
            default -> throw new IllegalStateException("unhandled outcome " + outcome);
        }
    }

    private VerifiedEmail complete(EmailOtp otp) {
        // Claim the code first: of two concurrent right answers only one gets past this save.
        EmailOtp claimed = codes.save(otp);
        IdentityUser user;
        try {
            user = identity.markEmailVerified(claimed.userId());
        } catch (UnknownUserException gone) {
            throw VerificationProblems.noLiveCode();
        } catch (IdentityProviderUnavailableException e) {
            claimed.release();
            codes.save(claimed);
            throw e;
        }
        try {
            events.publishWith(user.id(), () -> {
                accounts.markEmailVerified(user.id());
                return user;
            }, new UserVerified(user.id(), user.email(), user.role() == null ? null : user.role().name()));
        } catch (RuntimeException notAnnounced) {
            // Keycloak already says verified (marking it again is harmless); with the code given back the user
            // can send it again, and the account and its user.verified.v1 are written then.
            claimed.release();
            codes.save(claimed);
            throw notAnnounced;
        }
        log.info("E-mail verified: user {}", user.id());
        return new VerifiedEmail(user.email(), true);
    }

    /**
     * A new code for an address still waiting for verification. Unknown and already verified addresses get
     * exactly the same answer (and cooldown) without a mail, so the endpoint tells nobody who has an account.
     */
    void resend(String email) {
        String address = Emails.normalize(email);
        Instant now = clock.instant();
        Optional<ResendThrottle> last = throttle.findById(ResendThrottle.idOf(address));
        Duration wait = last.map(t -> t.remaining(now, rules.resendCooldown())).orElse(Duration.ZERO);
        if (!wait.isZero()) {
            throw VerificationProblems.cooldown(wait);
        }
        throttle.save(new ResendThrottle(ResendThrottle.idOf(address), now));
        Optional<IdentityUser> user = identity.findByEmail(address).filter(u -> !u.emailVerified());
        if (user.isEmpty()) {
            log.info("Verification code requested for an address with nothing to verify; nothing sent");
            return;
        }
        String userId = user.get().id();
        String code = issueCode(userId, address);
        mailCode(userId, address, code);
        log.info("Verification code re-sent: user {}", userId);
    }
}
