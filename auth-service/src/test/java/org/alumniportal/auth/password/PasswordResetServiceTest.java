package org.alumniportal.auth.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.alumniportal.auth.identity.IdentityProviderUnavailableException;
import org.alumniportal.auth.identity.InMemoryIdentityProvider;
import org.alumniportal.auth.identity.NewIdentityUser;
import org.alumniportal.auth.mail.Mailer;
import org.alumniportal.auth.testing.InMemoryRepository;
import org.alumniportal.platform.test.MutableClock;
import org.alumniportal.platform.events.user.SessionRevoked;
import org.alumniportal.auth.testing.StagingEventsMock;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PasswordResetServiceTest {

    private static final String EMAIL = "ada@example.edu";
    private static final String NEW_PASSWORD = "Difference#Engine1822";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final InMemoryIdentityProvider identity = new InMemoryIdentityProvider();
    private final EventPublisher events = StagingEventsMock.create();
    private final Mailer mailer = mock(Mailer.class);
    private final InMemoryRepository<ResetToken, ResetTokenRepository> tokens =
            new InMemoryRepository<>(ResetTokenRepository.class, ResetToken::tokenHash);
    private PasswordResetService passwords;
    private String userId;

    @BeforeEach
    void setUp() {
        passwords = new PasswordResetService(tokens.repository(), identity, events, mailer,
                new ResetProperties(Duration.ofMinutes(30)), clock);
        when(tokens.repository().findByUserIdAndUsedAtIsNull(anyString())).thenAnswer(i -> tokens.rows().values()
                .stream().filter(t -> t.userId().equals(i.getArgument(0)) && !t.used()).toList());
        userId = identity.createUser(new NewIdentityUser(EMAIL, "Analytical#Engine1843", "Ada Lovelace", true));
    }

    private String mailedToken() {
        ArgumentCaptor<String> token = ArgumentCaptor.forClass(String.class);
        verify(mailer).sendPasswordReset(eq(userId), eq(EMAIL), token.capture(), eq(Duration.ofMinutes(30)));
        return token.getValue();
    }

    @Test
    void aKnownAddressGetsATokenByMailAndAnUnknownOneGetsNothing() {
        passwords.forgot("nobody@example.edu");
        verify(mailer, never()).sendPasswordReset(anyString(), anyString(), anyString(), any());

        passwords.forgot(" ADA@example.edu ");
        assertThat(mailedToken()).matches("[0-9a-f]{64}");
        assertThat(tokens.rows()).hasSize(1).doesNotContainKey(mailedToken());
    }

    @Test
    void theResetSetsThePasswordEndsEverySessionAndAnnouncesIt() {
        String sessionId = identity.passwordGrant(EMAIL, "Analytical#Engine1843").sessionId();
        passwords.forgot(EMAIL);

        passwords.reset(mailedToken(), NEW_PASSWORD);

        assertThat(identity.passwordOf(userId)).isEqualTo(NEW_PASSWORD);
        assertThat(identity.sessionsOf(userId)).isZero();
        verify(events).publish(userId, new SessionRevoked(userId, null, clock.instant(), "password-reset"));
        // A token of that session issued in the reset's own second passes the time cutoff; its session id does not.
        verify(events).publish(userId, new SessionRevoked(userId, sessionId, null, "password-reset"));
    }

    @Test
    void aTokenWorksOnlyOnce() {
        passwords.forgot(EMAIL);
        String token = mailedToken();
        passwords.reset(token, NEW_PASSWORD);

        assertThatThrownBy(() -> passwords.reset(token, "Another#Password99"))
                .hasFieldOrPropertyWithValue("type", "reset-token-invalid");
        assertThat(identity.passwordOf(userId)).isEqualTo(NEW_PASSWORD);
    }

    @Test
    void aTokenOlderThanThirtyMinutesIsRefused() {
        passwords.forgot(EMAIL);
        clock.advance(Duration.ofMinutes(30));

        assertThatThrownBy(() -> passwords.reset(mailedToken(), NEW_PASSWORD))
                .hasFieldOrPropertyWithValue("type", "reset-token-invalid");
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThatThrownBy(() -> passwords.reset(ResetToken.newToken(), NEW_PASSWORD))
                .hasFieldOrPropertyWithValue("type", "reset-token-invalid");
    }

    @Test
    void aPasswordContainingTheAddressIsAFieldErrorAndKeepsTheTokenUsable() {
        passwords.forgot(EMAIL);
        String token = mailedToken();

        PortalException refused = catchThrowableOfType(PortalException.class,
                () -> passwords.reset(token, "Xy1" + EMAIL.toUpperCase()));

        assertThat(refused.type()).isEqualTo("validation");
        assertThat(refused.properties().get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(new Problems.FieldError("newPassword", "must not contain the e-mail address"));
        passwords.reset(token, NEW_PASSWORD);
        assertThat(identity.passwordOf(userId)).isEqualTo(NEW_PASSWORD);
    }

    @Test
    void whenKeycloakRefusesThePasswordTheTokenStaysUsable() {
        passwords.forgot(EMAIL);
        String token = mailedToken();

        assertThatThrownBy(() -> passwords.reset(token, "Aa1")).hasFieldOrPropertyWithValue("type", "validation");
        passwords.reset(token, NEW_PASSWORD);
        assertThat(identity.passwordOf(userId)).isEqualTo(NEW_PASSWORD);
    }

    @Test
    void whenKeycloakIsDownTheTokenStaysUsableForARetry() {
        passwords.forgot(EMAIL);
        String token = mailedToken();
        identity.failNext("endAllSessions");

        assertThatThrownBy(() -> passwords.reset(token, NEW_PASSWORD))
                .isInstanceOf(IdentityProviderUnavailableException.class);
        verify(events, never()).publish(anyString(), any());
        passwords.reset(token, NEW_PASSWORD);
        verify(events).publish(eq(userId), any(SessionRevoked.class));
    }

    @Test
    void olderTokensOfTheUserStopWorkingAfterAReset() {
        passwords.forgot(EMAIL);
        passwords.forgot(EMAIL);
        ArgumentCaptor<String> mailed = ArgumentCaptor.forClass(String.class);
        verify(mailer, org.mockito.Mockito.times(2)).sendPasswordReset(eq(userId), eq(EMAIL), mailed.capture(), any());
        List<String> both = mailed.getAllValues();

        passwords.reset(both.get(1), NEW_PASSWORD);

        assertThatThrownBy(() -> passwords.reset(both.get(0), "Another#Password99"))
                .hasFieldOrPropertyWithValue("type", "reset-token-invalid");
    }
}
