package org.alumniportal.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.alumniportal.auth.directory.Account;
import org.alumniportal.auth.directory.AccountStatus;
import org.alumniportal.auth.directory.Accounts;
import org.alumniportal.auth.directory.AdminGuard;
import org.alumniportal.auth.identity.InMemoryIdentityProvider;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.auth.mail.Mailer;
import org.alumniportal.auth.testing.StagingEventsMock;
import org.alumniportal.platform.outbox.EventPublisher;
import org.junit.jupiter.api.Test;

class UserAdminServiceTest {

    private final Accounts accounts = mock(Accounts.class);
    private final InMemoryIdentityProvider identity = new InMemoryIdentityProvider();
    private final EventPublisher events = StagingEventsMock.create();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final UserAdminService admin = new UserAdminService(accounts,
            new AdminGuard(mock(org.springframework.data.mongodb.core.MongoTemplate.class), accounts, clock), identity,
            events, mock(Mailer.class), clock);

    private Account admin(String id) {
        Account account = mock(Account.class);
        when(account.id()).thenReturn(id);
        when(account.role()).thenReturn(PortalRole.ADMIN);
        when(account.status()).thenReturn(AccountStatus.ACTIVE);
        when(account.isActiveAdmin()).thenReturn(true);
        when(accounts.find(id)).thenReturn(Optional.of(account));
        return account;
    }

    @Test
    void theLastActiveAdminIsKeptWhateverTheAttempt() {
        admin("admin-1");
        when(accounts.activeAdmins()).thenReturn(1L);

        assertThatThrownBy(() -> admin.suspend("admin-1", "why", "admin-1")).hasFieldOrPropertyWithValue("type", "last-admin");
        assertThatThrownBy(() -> admin.delete("admin-1", false, "admin-1")).hasFieldOrPropertyWithValue("type", "last-admin");
        assertThatThrownBy(() -> admin.update("admin-1", new UpdateUserRequest("STUDENT", null, null), "admin-1"))
                .hasFieldOrPropertyWithValue("type", "last-admin");
        assertThatThrownBy(() -> admin.update("admin-1", new UpdateUserRequest(null, "PENDING_APPROVAL", null), "admin-1"))
                .as("an admin sent back to approval is no active admin either").hasFieldOrPropertyWithValue("type", "last-admin");
        verify(events, never()).publish(anyString(), any());
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> admin.get("nobody")).hasFieldOrPropertyWithValue("type", "not-found");
    }

    @Test
    void pagesAreCappedAtOneHundredAndStartAtZero() {
        when(accounts.search(any(), org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(new org.alumniportal.auth.directory.AccountSlice(java.util.List.of(), 250));
        org.alumniportal.platform.web.PageResponse<UserSummary> page = admin.list(null, null, null, null, 0, 1000);
        assertThat(page.page()).isZero();
        assertThat(page.size()).isEqualTo(100);
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @Test
    void aNegativePageIsAValidationError() {
        assertThatThrownBy(() -> admin.list(null, null, null, null, -5, 20))
                .hasFieldOrPropertyWithValue("type", "validation");
    }
}
