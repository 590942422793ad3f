package org.alumniportal.auth.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.alumniportal.auth.directory.Account;
import org.alumniportal.auth.directory.AccountFilter;
import org.alumniportal.auth.directory.AccountSlice;
import org.alumniportal.auth.directory.AccountStatus;
import org.alumniportal.auth.directory.Accounts;
import org.alumniportal.auth.directory.AdminGuard;
import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.auth.mail.Mailer;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.user.SessionRevoked;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * User management. Every change is announced twice: the domain event other services act on
 * ({@code user.role-changed.v1}, {@code user.status-changed.v1}) and {@code admin.action.v1} for the audit log.
 * The portal never loses its last active admin: no demotion, suspension or deletion of it (409 last-admin).
 */
@Service
class UserAdminService {

    static final String TARGET_TYPE = "user";

    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);

    private final Accounts accounts;
    private final AdminGuard guard;
    private final IdentityProvider identity;
    private final EventPublisher events;
    private final Mailer mailer;
    private final Clock clock;

    UserAdminService(Accounts accounts, AdminGuard guard, IdentityProvider identity, EventPublisher events,
            Mailer mailer, Clock clock) {
        this.guard = guard;
        this.accounts = accounts;
        this.identity = identity;
        this.events = events;
        this.mailer = mailer;
        this.clock = clock;
    }

    PageResponse<UserSummary> list(PortalRole role, AccountStatus status, Boolean verified, String q, int page,
            int size) {
        int safePage = Paging.page(page);
        int safeSize = Paging.size(size);
        AccountSlice slice = accounts.search(new AccountFilter(role, status, verified, q), safePage, safeSize);
        return PageResponse.of(slice.accounts().stream().map(UserSummary::of).toList(), safePage, safeSize,
                slice.total());
    }

    UserSummary get(String userId) {
        return UserSummary.of(existing(userId));
    }

    UserSummary update(String userId, UpdateUserRequest request, String adminId) {
        Account account = existing(userId);
        if (request.role() != null) {
            account = changeRole(account, PortalRole.fromName(request.role()).orElseThrow(), adminId);
        }
        if (request.status() != null) {
            AccountStatus next = AccountStatus.fromName(request.status()).orElseThrow();
            account = switch (next) {
                case SUSPENDED -> suspend(account, request.reason() == null ? "suspended by an admin" : request.reason(),
                        adminId);
                case ACTIVE -> activate(account, adminId);
                case PENDING_APPROVAL -> {
                    Account current = account;
                    yield current.status() == next ? current : guard.keepingAnAdmin(current, true,
                            () -> changeStatus(current, next, request.reason(), adminId, "user.status-changed"));
                }
                case DELETED -> throw new IllegalArgumentException("status was validated: " + next);
            };
        }
        return UserSummary.of(account);
    }

    UserSummary suspend(String userId, String reason, String adminId) {
        return UserSummary.of(suspend(existing(userId), reason, adminId));
    }

    UserSummary activate(String userId, String adminId) {
        return UserSummary.of(activate(existing(userId), adminId));
    }

    void delete(String userId, boolean erase, String adminId) {
        Account account = existing(userId);
        if (account.status() == AccountStatus.DELETED && !erase) {
            return;
        }
        if (account.status() != AccountStatus.DELETED) {
            Account active = account;
            account = guard.keepingAnAdmin(active, true, () -> {
                identity.setEnabled(userId, false);
                endEverySession(userId, "deleted");
                return changeStatus(active, AccountStatus.DELETED, null, adminId, "user.deleted");
            });
        }
        if (erase) {
            identity.deleteUser(userId);
            Account erased = account;
            account = events.publishWith(userId, () -> accounts.erasePersonalData(erased),
                    audit(adminId, "user.erased", userId, Map.of()));
        }
        log.info("User {} deleted by admin {} (personal data erased: {})", userId, adminId, erase);
    }

    private Account changeRole(Account account, PortalRole role, String adminId) {
        notDeleted(account);
        if (account.role() == role) {
            return account;
        }
        return guard.keepingAnAdmin(account, role != PortalRole.ADMIN, () -> assignRole(account, role, adminId));
    }

    private Account assignRole(Account account, PortalRole role, String adminId) {
        String previous = account.role() == null ? null : account.role().name();
        identity.assignRole(account.id(), role);
        Account changed = events.publishWith(account.id(), () -> saving(() -> accounts.changeRole(account, role)),
                new UserRoleChanged(account.id(), previous, role.name(), adminId),
                audit(adminId, "user.role-changed", account.id(), details("previousRole", previous, "newRole",
                        role.name())));
        log.info("Role changed: user {} {} -> {} by admin {}", account.id(), previous, role, adminId);
        return changed;
    }

    private Account suspend(Account account, String reason, String adminId) {
        notDeleted(account);
        if (account.status() == AccountStatus.SUSPENDED) {
            return account;
        }
        // Recorded first: a login racing with the suspension is refused by the status check, then the
        // sessions that exist now end and the gateway refuses their tokens from the next request.
        Account suspended = guard.keepingAnAdmin(account, true,
                () -> changeStatus(account, AccountStatus.SUSPENDED, reason, adminId, "user.suspended"));
        endEverySession(account.id(), "suspended");
        if (account.email() != null) {
            mailer.sendSuspended(account.id(), account.email(), reason);
        }
        return suspended;
    }

    private Account activate(Account account, String adminId) {
        notDeleted(account);
        if (account.status() == AccountStatus.ACTIVE) {
            return account;
        }
        Account active = changeStatus(account, AccountStatus.ACTIVE, null, adminId, "user.activated");
        if (account.email() != null) {
            mailer.sendActivated(account.id(), account.email());
        }
        return active;
    }

    private Account changeStatus(Account account, AccountStatus next, String reason, String adminId, String action) {
        String previous = account.status().name();
        Account changed = events.publishWith(account.id(), () -> saving(() -> accounts.changeStatus(account, next,
                reason)), new UserStatusChanged(account.id(), previous, next.name(), reason, adminId),
                audit(adminId, action, account.id(), details("previousStatus", previous, "newStatus", next.name(),
                        "reason", reason)));
        log.info("Status changed: user {} {} -> {} by admin {}", account.id(), previous, next, adminId);
        return changed;
    }

    /**
     * Keycloak ends the sessions (no refresh works any more); the gateway refuses the access tokens already out:
     * by session id, so even a token issued in the same second is caught, and by time for any session not listed.
     */
    private void endEverySession(String userId, String reason) {
        Instant now = clock.instant();
        List<SessionRevoked> revoked = new ArrayList<>();
        for (String sessionId : identity.sessionIds(userId)) {
            revoked.add(new SessionRevoked(userId, sessionId, null, reason));
        }
        revoked.add(new SessionRevoked(userId, null, now, reason));
        // Staged before Keycloak ends the sessions: ended sessions are always announced to the gateway.
        events.publishWith(userId, () -> {
            identity.endAllSessions(userId);
            return revoked;
        }, revoked);
    }

    private static void notDeleted(Account account) {
        if (account.status() == AccountStatus.DELETED) {
            throw new PortalException(HttpStatus.CONFLICT, "account-deleted", "Account deleted",
                    "The account " + account.id() + " is deleted; it cannot change any more.");
        }
    }

    private Account existing(String userId) {
        return accounts.find(userId).orElseThrow(() -> new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND,
                "User not found", "There is no user " + userId + "."));
    }

    /** The audit event of an admin's action, published with the change it records. */
    private AdminActionRecorded audit(String adminId, String action, String userId, Map<String, String> details) {
        return new AdminActionRecorded(adminId, action, TARGET_TYPE, userId, clock.instant(), details);
    }

    private static Map<String, String> details(String... keysAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                details.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return details;
    }

    private static Account saving(Supplier<Account> change) {
        try {
            return change.get();
        } catch (OptimisticLockingFailureException concurrent) {
            throw new PortalException(HttpStatus.CONFLICT, Problems.CONCURRENT_UPDATE, "Changed concurrently",
                    "Another admin changed this user at the same moment; reload and try again.");
        }
    }
}
