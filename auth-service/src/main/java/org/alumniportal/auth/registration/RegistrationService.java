package org.alumniportal.auth.registration;

import java.util.ArrayList;
import java.util.List;

import org.alumniportal.auth.directory.AccountStatus;
import org.alumniportal.auth.directory.Accounts;
import org.alumniportal.auth.identity.EmailAlreadyRegisteredException;
import org.alumniportal.auth.identity.Emails;
import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.NewIdentityUser;
import org.alumniportal.auth.identity.PasswordRejectedException;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.auth.password.PasswordPolicy;
import org.alumniportal.auth.password.PasswordProblems;
import org.alumniportal.auth.verification.VerificationService;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.web.PortalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Registration is several writes in two systems without a shared transaction: Keycloak user, its role, the
 * code, the event. If any step after the user's creation fails, the user is removed again, so a retry
 * starts clean instead of meeting "email taken" for an account nobody can use. The mail goes last: by then
 * everything it refers to exists.
 */
@Service
class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    private final IdentityProvider identity;
    private final VerificationService verification;
    private final EventPublisher events;
    private final Accounts accounts;

    RegistrationService(IdentityProvider identity, VerificationService verification, EventPublisher events,
            Accounts accounts) {
        this.accounts = accounts;
        this.identity = identity;
        this.verification = verification;
        this.events = events;
    }

    RegisteredUser register(RegisterRequest request) {
        String email = Emails.normalize(request.email());
        String fullName = request.fullName().trim().replaceAll("\\s+", " ");
        PortalRole role = PortalRole.fromName(request.role()).filter(PortalRole::selfAssignable)
                .orElseThrow(() -> new IllegalArgumentException("role was validated: " + request.role()));
        List<String> broken = PasswordPolicy.violations(request.password(), email);
        if (!broken.isEmpty()) {
            throw PasswordProblems.rejected("password", broken);
        }
        String userId = create(new NewIdentityUser(email, request.password(), fullName, false));
        String code;
        try {
            identity.assignRole(userId, role);
            code = verification.issueCode(userId, email);
            AccountStatus status = Accounts.startingStatus(role);
            List<DomainEvent> announced = new ArrayList<>();
            announced.add(new UserRegistered(userId, email, fullName, role.name()));
            if (status == AccountStatus.PENDING_APPROVAL) {
                // Services that gate on approval (job posting) learn the starting state, not only its end.
                announced.add(new UserStatusChanged(userId, null, status.name(), "recruiter-approval-required", null));
            }
            // The account and its events together: no account without user.registered.v1, and the reverse.
            events.publishWith(userId, () -> accounts.registered(userId, email, fullName, role, false), announced);
        } catch (RuntimeException failed) {
            rollBack(userId, email, failed);
            throw failed;
        }
        verification.mailCode(userId, email, code);
        log.info("User registered: user {} role {}", userId, role);
        return new RegisteredUser(userId, email, fullName, role.name(), false);
    }

    private String create(NewIdentityUser user) {
        try {
            return identity.createUser(user);
        } catch (EmailAlreadyRegisteredException taken) {
            throw new PortalException(HttpStatus.CONFLICT, "email-taken", "E-mail already registered",
                    "An account with this e-mail address exists already; log in, reset the password or ask for "
                            + "a new verification code.");
        } catch (PasswordRejectedException refused) {
            throw PasswordProblems.rejected("password", List.of(refused.getMessage()));
        }
    }

    private void rollBack(String userId, String email, RuntimeException cause) {
        log.warn("Registration of user {} failed half-way ({}); removing the user again", userId, cause.toString());
        try {
            verification.discardCode(email);
        } catch (RuntimeException e) {
            log.warn("Could not discard the code of user {}: {}", userId, e.toString());
        }
        try {
            accounts.forget(userId);
        } catch (RuntimeException e) {
            log.warn("Could not remove the account record of user {}: {}", userId, e.toString());
        }
        try {
            identity.deleteUser(userId);
        } catch (RuntimeException e) {
            log.error("Could not remove half-registered user {}; remove it in Keycloak by hand", userId, e);
        }
    }
}
