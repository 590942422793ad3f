package org.alumniportal.auth.bootstrap;

import java.util.Optional;

import org.alumniportal.auth.identity.Emails;
import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.IdentityUser;
import org.alumniportal.auth.identity.NewIdentityUser;
import org.alumniportal.auth.identity.PortalRole;

/**
 * Makes sure the configured admin exists, holds ADMIN and has a verified address. An existing account keeps
 * its password: the admin may have changed it since the first start.
 */
final class AdminAccount {

    private AdminAccount() {
    }

    /** @return the admin's user id, and whether it was created just now */
    static Ensured ensure(IdentityProvider identity, AdminProperties admin) {
        String email = Emails.normalize(admin.email());
        Optional<IdentityUser> existing = identity.findByEmail(email);
        if (existing.isEmpty()) {
            String id = identity.createUser(new NewIdentityUser(email, admin.password(), admin.fullName(), true));
            identity.assignRole(id, PortalRole.ADMIN);
            return new Ensured(id, true);
        }
        IdentityUser user = existing.get();
        if (user.role() != PortalRole.ADMIN) {
            identity.assignRole(user.id(), PortalRole.ADMIN);
        }
        if (!user.emailVerified()) {
            identity.markEmailVerified(user.id());
        }
        return new Ensured(user.id(), false);
    }

    record Ensured(String userId, boolean created) {
    }
}
