package org.alumniportal.auth.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;

import org.alumniportal.auth.directory.Accounts;
import org.alumniportal.auth.identity.InMemoryIdentityProvider;
import org.alumniportal.auth.identity.NewIdentityUser;
import org.alumniportal.auth.identity.TokenResponse;
import org.alumniportal.platform.test.MutableClock;
import org.alumniportal.platform.events.user.SessionRevoked;
import org.alumniportal.auth.testing.StagingEventsMock;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.web.PortalException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class LoginServiceTest {

    private static final String PASSWORD = "Analytical#Engine1843";

    private final InMemoryIdentityProvider identity = new InMemoryIdentityProvider();
    private final EventPublisher events = StagingEventsMock.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final LoginService login = new LoginService(identity, events, clock,
            org.mockito.Mockito.mock(Accounts.class));

    private String user(String email, boolean verified) {
        return identity.createUser(new NewIdentityUser(email, PASSWORD, "Ada Lovelace", verified));
    }

    @Test
    void aVerifiedUserGetsTokens() {
        user("ada@example.edu", true);
        TokenResponse tokens = login.login("ada@example.edu", PASSWORD);
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.refreshToken()).isNotBlank();
    }

    @Test
    void wrongPasswordAndUnknownAddressLookExactlyAlike() {
        user("ada@example.edu", true);
        PortalException wrong = catchThrowableOfType(PortalException.class, () -> login.login("ada@example.edu", "Wrong#123"));
        PortalException unknown = catchThrowableOfType(PortalException.class, () -> login.login("nobody@example.edu", "Wrong#123"));

        assertThat(wrong.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrong.type()).isEqualTo("invalid-credentials").isEqualTo(unknown.type());
        assertThat(wrong.detail()).isEqualTo(unknown.detail());
        assertThat(wrong.properties()).isEqualTo(unknown.properties());
    }

    @Test
    void theRightPasswordOfAnUnverifiedAddressIsRefusedWith403AndItsSessionEnded() {
        String id = user("ada@example.edu", false);

        assertThatThrownBy(() -> login.login("ada@example.edu", PASSWORD))
                .hasFieldOrPropertyWithValue("type", "email-not-verified")
                .hasFieldOrPropertyWithValue("status", HttpStatus.FORBIDDEN);
        assertThat(identity.sessionsOf(id)).isZero();
    }

    @Test
    void theWrongPasswordOfAnUnverifiedAddressRevealsNothing() {
        user("ada@example.edu", false);
        assertThatThrownBy(() -> login.login("ada@example.edu", "Wrong#123"))
                .hasFieldOrPropertyWithValue("type", "invalid-credentials");
    }

    @Test
    void refreshWorksUntilLogoutEndsTheSession() {
        String id = user("ada@example.edu", true);
        TokenResponse tokens = login.login("ada@example.edu", PASSWORD);
        var grant = identity.refresh(tokens.refreshToken());
        assertThat(login.refresh(tokens.refreshToken()).accessToken()).isNotBlank();

        login.logout(id, grant.sessionId());

        assertThatThrownBy(() -> login.refresh(tokens.refreshToken()))
                .hasFieldOrPropertyWithValue("type", "invalid-refresh-token")
                .hasFieldOrPropertyWithValue("status", HttpStatus.UNAUTHORIZED);
        verify(events).publish(id, new SessionRevoked(id, grant.sessionId(), null, "logout"));
    }

    @Test
    void aTokenWithoutSessionIdLogsOutEverySession() {
        String id = user("ada@example.edu", true);
        login.login("ada@example.edu", PASSWORD);
        login.login("ada@example.edu", PASSWORD);

        login.logout(id, null);

        assertThat(identity.sessionsOf(id)).isZero();
        verify(events).publish(id, new SessionRevoked(id, null, clock.instant(), "logout"));
    }
}
