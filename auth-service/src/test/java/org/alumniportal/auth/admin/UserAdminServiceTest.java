package org.alumniportal.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.alumniportal.auth.identity.InMemoryIdentityProvider;
import org.alumniportal.auth.identity.NewIdentityUser;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.outbox.EventPublisher;
import org.junit.jupiter.api.Test;

class UserAdminServiceTest {

    private final InMemoryIdentityProvider identity = new InMemoryIdentityProvider();
    private final EventPublisher events = mock(EventPublisher.class);
    private final UserAdminService admin = new UserAdminService(identity, events);

    private String student(String email) {
        String id = identity.createUser(new NewIdentityUser(email, "Analytical#Engine1843", "Some One", true));
        identity.assignRole(id, PortalRole.STUDENT);
        return id;
    }

    @Test
    void aRoleChangeIsAppliedAndAnnounced() {
        String id = student("ada@example.edu");

        UserSummary changed = admin.changeRole(id, "ALUMNI", "admin-1");

        assertThat(changed.role()).isEqualTo("ALUMNI");
        assertThat(identity.findById(id).orElseThrow().role()).isEqualTo(PortalRole.ALUMNI);
        verify(events).publish(id, new UserRoleChanged(id, "STUDENT", "ALUMNI", "admin-1"));
    }

    @Test
    void givingTheSameRoleAgainAnnouncesNothing() {
        String id = student("ada@example.edu");
        admin.changeRole(id, "STUDENT", "admin-1");
        verify(events, never()).publish(anyString(), any());
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> admin.changeRole("nobody", "ALUMNI", "admin-1"))
                .hasFieldOrPropertyWithValue("type", "user-not-found");
    }

    @Test
    void anAdminCannotChangeTheirOwnRole() {
        assertThatThrownBy(() -> admin.changeRole("admin-1", "STUDENT", "admin-1"))
                .hasFieldOrPropertyWithValue("type", "own-role");
    }

    @Test
    void pagesAreCappedAtOneHundred() {
        for (int i = 0; i < 3; i++) {
            student("user" + i + "@example.edu");
        }
        UserPageResponse page = admin.list(0, 1000);
        assertThat(page.size()).isEqualTo(100);
        assertThat(page.items()).hasSize(3);
        assertThat(page.totalElements()).isEqualTo(3);

        UserPageResponse second = admin.list(1, 2);
        assertThat(second.items()).hasSize(1);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(admin.list(-5, 0).page()).isZero();
    }
}
