package org.alumniportal.auth.admin;

import java.util.Optional;

import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.IdentityUser;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.auth.identity.UserPage;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.web.PortalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Role changes and the user list. The new role shows in the user's tokens from their next refresh or login;
 * other services learn it at once from {@code user.role-changed.v1}.
 */
@Service
class UserAdminService {

    static final int MAX_PAGE_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);

    private final IdentityProvider identity;
    private final EventPublisher events;

    UserAdminService(IdentityProvider identity, EventPublisher events) {
        this.identity = identity;
        this.events = events;
    }

    UserPageResponse list(int page, int size) {
        int safePage = Math.max(0, page);
        int safeSize = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
        UserPage users = identity.listUsers(safePage, safeSize);
        long totalPages = (users.total() + safeSize - 1) / safeSize;
        return new UserPageResponse(users.users().stream().map(UserSummary::of).toList(), safePage, safeSize,
                users.total(), totalPages);
    }

    UserSummary changeRole(String userId, String roleName, String adminId) {
        PortalRole role = PortalRole.fromName(roleName)
                .orElseThrow(() -> new IllegalArgumentException("role was validated: " + roleName));
        if (userId.equals(adminId)) {
            throw new PortalException(HttpStatus.CONFLICT, "own-role", "Cannot change own role",
                    "Admins cannot change their own role; ask another admin, so the portal never loses its last one.");
        }
        IdentityUser user = identity.findById(userId).orElseThrow(() -> new PortalException(HttpStatus.NOT_FOUND,
                "user-not-found", "User not found", "There is no user " + userId + "."));
        Optional<PortalRole> previous = identity.assignRole(userId, role);
        if (previous.orElse(null) != role) {
            events.publish(userId, new UserRoleChanged(userId, previous.map(Enum::name).orElse(null), role.name(),
                    adminId));
            log.info("Role changed: user {} {} -> {} by admin {}", userId, previous.orElse(null), role, adminId);
        }
        return UserSummary.of(new IdentityUser(user.id(), user.email(), user.fullName(), role, user.emailVerified(),
                user.enabled(), user.createdAt()));
    }
}
