package org.alumniportal.auth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.alumniportal.auth.identity.IdentityUser;
import org.alumniportal.auth.identity.InMemoryIdentityProvider;
import org.alumniportal.auth.identity.NewIdentityUser;
import org.alumniportal.auth.identity.PortalRole;
import org.junit.jupiter.api.Test;

class AdminAccountTest {

    private final InMemoryIdentityProvider identity = new InMemoryIdentityProvider();
    private final AdminProperties admin = new AdminProperties(true, "Admin@Alumni-Portal.local", "Admin#Portal2026",
            "Portal Administrator", Duration.ofSeconds(2), Duration.ofSeconds(30));

    @Test
    void onAFreshRealmTheAdminIsCreatedVerifiedWithRoleAdmin() {
        AdminAccount.Ensured ensured = AdminAccount.ensure(identity, admin);

        IdentityUser user = identity.findById(ensured.userId()).orElseThrow();
        assertThat(ensured.created()).isTrue();
        assertThat(user.email()).isEqualTo("admin@alumni-portal.local");
        assertThat(user.role()).isEqualTo(PortalRole.ADMIN);
        assertThat(user.emailVerified()).isTrue();
    }

    @Test
    void aSecondStartFindsTheAdminAndKeepsItsPassword() {
        String id = AdminAccount.ensure(identity, admin).userId();
        identity.resetPassword(id, "Changed#Since2026");

        AdminAccount.Ensured again = AdminAccount.ensure(identity, admin);

        assertThat(again).isEqualTo(new AdminAccount.Ensured(id, false));
        assertThat(identity.passwordOf(id)).isEqualTo("Changed#Since2026");
    }

    @Test
    void anExistingAccountOfThatAddressIsMadeAdminAndVerified() {
        String id = identity.createUser(new NewIdentityUser("admin@alumni-portal.local", "Whatever#2026", "X", false));
        identity.assignRole(id, PortalRole.STUDENT);

        AdminAccount.ensure(identity, admin);

        IdentityUser user = identity.findById(id).orElseThrow();
        assertThat(user.role()).isEqualTo(PortalRole.ADMIN);
        assertThat(user.emailVerified()).isTrue();
    }
}
