package org.alumniportal.auth.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.alumniportal.auth.directory.Accounts;
import org.alumniportal.auth.identity.IdentityProviderUnavailableException;
import org.alumniportal.auth.identity.InMemoryIdentityProvider;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.auth.verification.VerificationService;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.auth.testing.StagingEventsMock;
import org.alumniportal.platform.outbox.EventPublisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class RegistrationServiceTest {

    private final InMemoryIdentityProvider identity = new InMemoryIdentityProvider();
    private final VerificationService verification = mock(VerificationService.class);
    private final EventPublisher events = StagingEventsMock.create();
    private final Accounts accounts = mock(Accounts.class);
    private final RegistrationService registration = new RegistrationService(identity, verification, events,
            accounts);

    private static RegisterRequest ada() {
        return new RegisterRequest(" Ada@Example.edu ", "Analytical#Engine1843", "  Ada   Lovelace ", "ALUMNI");
    }

    @BeforeEach
    void codes() {
        when(verification.issueCode(anyString(), anyString())).thenReturn("123456");
    }

    @Test
    void aRegistrationCreatesTheUserWithItsRoleMailsTheCodeAndAnnouncesIt() {
        RegisteredUser user = registration.register(ada());

        assertThat(user).isEqualTo(new RegisteredUser(user.userId(), "ada@example.edu", "Ada Lovelace", "ALUMNI", false));
        assertThat(identity.findById(user.userId()).orElseThrow().role()).isEqualTo(PortalRole.ALUMNI);
        verify(verification).mailCode(user.userId(), "ada@example.edu", "123456");
        verify(events).publish(user.userId(),
                new UserRegistered(user.userId(), "ada@example.edu", "Ada Lovelace", "ALUMNI"));
    }

    @Test
    void aSecondRegistrationOfTheAddressIsAConflict() {
        registration.register(ada());

        assertThatThrownBy(() -> registration.register(ada()))
                .hasFieldOrPropertyWithValue("type", "email-taken")
                .hasFieldOrPropertyWithValue("status", org.springframework.http.HttpStatus.CONFLICT);
    }

    @Test
    void whenTheRoleCannotBeAssignedTheUserIsRemovedAgainAndNothingIsSent() {
        identity.failNext("assignRole");

        assertThatThrownBy(() -> registration.register(ada())).isInstanceOf(IdentityProviderUnavailableException.class);

        assertThat(identity.exists("ada@example.edu")).isFalse();
        assertThat(identity.calls()).containsSubsequence("createUser", "assignRole", "deleteUser");
        verify(events, never()).publish(anyString(), any());
        verify(verification, never()).mailCode(anyString(), anyString(), anyString());
    }

    @Test
    void whenTheEventCannotBeStoredNoAccountIsWrittenAndTheUserAndItsCodeAreRemovedAgain() {
        when(events.stage(anyString(), any(DomainEvent[].class)))
                .thenThrow(new DataAccessResourceFailureException("mongo down"));

        assertThatThrownBy(() -> registration.register(ada())).isInstanceOf(DataAccessResourceFailureException.class);

        verify(accounts, never()).registered(anyString(), anyString(), anyString(), any(), anyBoolean());
        assertThat(identity.exists("ada@example.edu")).isFalse();
        verify(verification).discardCode("ada@example.edu");
        verify(verification, never()).mailCode(anyString(), anyString(), anyString());
    }

    @Test
    void afterARolledBackRegistrationTheSameAddressCanRegister() {
        identity.failNext("assignRole");
        assertThatThrownBy(() -> registration.register(ada())).isInstanceOf(IdentityProviderUnavailableException.class);

        assertThat(registration.register(ada()).email()).isEqualTo("ada@example.edu");
    }

    @Test
    void whenKeycloakIsDownBeforeCreatingNothingNeedsUndoing() {
        identity.failNext("createUser");

        assertThatThrownBy(() -> registration.register(ada())).isInstanceOf(IdentityProviderUnavailableException.class);
        assertThat(identity.calls()).containsExactly("createUser");
    }

    @Test
    void aPasswordContainingTheAddressIsAFieldErrorBeforeKeycloakIsAsked() {
        RegisterRequest request = new RegisterRequest("ada@example.edu", "Xy1ada@example.edu", "Ada Lovelace", "ALUMNI");

        assertThatThrownBy(() -> registration.register(request)).hasFieldOrPropertyWithValue("type", "validation");
        assertThat(identity.calls()).isEmpty();
    }
}
