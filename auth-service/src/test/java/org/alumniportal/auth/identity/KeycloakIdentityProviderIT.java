package org.alumniportal.auth.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.alumniportal.localstack.keycloak.KeycloakServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link KeycloakIdentityProvider} against a real Keycloak (the distribution from Maven Central, started once
 * for the class with the realm of infra/keycloak): what the mocked ITs take for granted is checked here.
 */
class KeycloakIdentityProviderIT {

    private static final String SECRET = "it-portal-api-secret";
    private static final String PASSWORD = "Analytical#Engine1843";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path dataDir;
    private static KeycloakServer keycloak;
    private static KeycloakIdentityProvider provider;
    private static long started;

    @BeforeAll
    static void startKeycloak() throws IOException {
        started = System.nanoTime();
        dataDir = Files.createTempDirectory("auth-keycloak-it-");
        keycloak = KeycloakServer.start(dataDir, 0, Map.of("PORTAL_KEYCLOAK_CLIENT_SECRET", SECRET));
        System.out.printf("[keycloak-it] Keycloak ready at %s after %d s%n", keycloak.baseUrl(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        provider = new KeycloakIdentityProvider(new KeycloakProperties(keycloak.baseUrl(), KeycloakServer.REALM,
                "portal-api", SECRET, Duration.ofSeconds(5), Duration.ofSeconds(30)), RestClient.builder(), JSON);
    }

    @AfterAll
    static void stopKeycloak() throws IOException {
        if (provider != null) {
            provider.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf("[keycloak-it] whole class including Keycloak start and stop: %d s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.edu";
    }

    private static String user(String email, String fullName, PortalRole role, boolean verified) {
        String id = provider.createUser(new NewIdentityUser(email, PASSWORD, fullName, verified));
        provider.assignRole(id, role);
        return id;
    }

    private static JsonNode claims(TokenGrant grant) {
        String payload = grant.tokens().accessToken().split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }

    @Test
    void aCreatedUserHasItsRoleAndIsFoundByAddressAndId() {
        String email = email("ada");
        String id = user(email, "Ada King Lovelace", PortalRole.ALUMNI, false);

        IdentityUser byEmail = provider.findByEmail(email.toUpperCase()).orElseThrow();
        assertThat(byEmail).isEqualTo(provider.findById(id).orElseThrow());
        assertThat(byEmail.id()).isEqualTo(id);
        assertThat(byEmail.email()).isEqualTo(email);
        assertThat(byEmail.fullName()).isEqualTo("Ada King Lovelace");
        assertThat(byEmail.role()).isEqualTo(PortalRole.ALUMNI);
        assertThat(byEmail.emailVerified()).isFalse();
        assertThat(byEmail.enabled()).isTrue();
        assertThat(provider.findByEmail(email("nobody"))).isEmpty();
        assertThat(provider.findById(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void aSecondAccountForTheAddressIsDetected() {
        String email = email("twice");
        user(email, "Ada Lovelace", PortalRole.STUDENT, false);

        assertThatThrownBy(() -> provider.createUser(new NewIdentityUser(email, PASSWORD, "Someone Else", false)))
                .isInstanceOf(EmailAlreadyRegisteredException.class);
    }

    @Test
    void aPasswordAgainstTheRealmPolicyIsRejectedAndNoUserIsLeftBehind() {
        String email = email("weak");
        assertThatThrownBy(() -> provider.createUser(new NewIdentityUser(email, "alllowercase1", "Weak One", false)))
                .isInstanceOf(PasswordRejectedException.class).hasMessageContaining("upper case");
        assertThat(provider.findByEmail(email)).isEmpty();
    }

    @Test
    void theRightPasswordOfAnUnverifiedUserIsDetectedAndItsSessionCanBeEnded() {
        String email = email("unverified");
        String id = user(email, "Plato", PortalRole.STUDENT, false);

        TokenGrant grant = provider.passwordGrant(email, PASSWORD);

        assertThat(grant.emailVerified()).isFalse();
        assertThat(grant.userId()).isEqualTo(id);
        assertThat(grant.sessionId()).isNotBlank();
        assertThat(claims(grant).path("name").asString()).as("a one-word name still lets the user in").startsWith("Plato");
        provider.endSession(grant.sessionId());
        assertThatThrownBy(() -> provider.refresh(grant.tokens().refreshToken()))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(provider.findById(id).orElseThrow().fullName()).isEqualTo("Plato");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreBothInvalidCredentials() {
        String email = email("wrong");
        user(email, "Ada Lovelace", PortalRole.STUDENT, true);

        assertThatThrownBy(() -> provider.passwordGrant(email, "Wrong#Pass123"))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> provider.passwordGrant(email("nobody"), "Wrong#Pass123"))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void aBruteForceLockLooksLikeInvalidCredentials() {
        String email = email("locked");
        user(email, "Ada Lovelace", PortalRole.STUDENT, true);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.passwordGrant(email, "Wrong#Pass123"))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.passwordGrant(email, PASSWORD)).as("locked now, even with the password")
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void aVerifiedUserGetsTokensRefreshesThemAndLogoutEndsTheSession() {
        String email = email("verified");
        String id = user(email, "Grace Hopper", PortalRole.RECRUITER, false);
        assertThat(provider.markEmailVerified(id).emailVerified()).isTrue();

        TokenGrant login = provider.passwordGrant(email, PASSWORD);
        JsonNode claims = claims(login);
        assertThat(login.emailVerified()).isTrue();
        assertThat(login.tokens().tokenType()).isEqualTo("Bearer");
        assertThat(login.tokens().expiresIn()).isEqualTo(300);
        assertThat(claims.path("sub").asString()).isEqualTo(id);
        assertThat(claims.path("sid").asString()).isEqualTo(login.sessionId());
        assertThat(claims.path("email").asString()).isEqualTo(email);
        assertThat(claims.path("name").asString()).isEqualTo("Grace Hopper");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("RECRUITER");

        TokenGrant refreshed = provider.refresh(login.tokens().refreshToken());
        assertThat(refreshed.sessionId()).isEqualTo(login.sessionId());
        assertThat(refreshed.tokens().accessToken()).isNotEqualTo(login.tokens().accessToken());

        provider.endSession(login.sessionId());
        assertThatThrownBy(() -> provider.refresh(refreshed.tokens().refreshToken()))
                .isInstanceOf(InvalidCredentialsException.class);
        provider.endSession(login.sessionId());
        assertThatThrownBy(() -> provider.refresh("not-a-token")).isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void aPasswordResetWithEndingAllSessionsLeavesNoRefreshTokenWorking() {
        String email = email("reset");
        String id = user(email, "Ada Lovelace", PortalRole.ALUMNI, true);
        TokenGrant phone = provider.passwordGrant(email, PASSWORD);
        TokenGrant laptop = provider.passwordGrant(email, PASSWORD);

        assertThatThrownBy(() -> provider.resetPassword(id, "nouppercase1")).isInstanceOf(PasswordRejectedException.class);
        provider.resetPassword(id, "Difference#Engine1822");
        provider.endAllSessions(id);

        assertThatThrownBy(() -> provider.refresh(phone.tokens().refreshToken()))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> provider.refresh(laptop.tokens().refreshToken()))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> provider.passwordGrant(email, PASSWORD)).isInstanceOf(InvalidCredentialsException.class);
        assertThat(provider.passwordGrant(email, "Difference#Engine1822").userId()).isEqualTo(id);
        assertThatThrownBy(() -> provider.resetPassword(UUID.randomUUID().toString(), "Difference#Engine1822"))
                .isInstanceOf(UnknownUserException.class);
    }

    @Test
    void aRoleChangeReplacesThePortalRoleAndShowsInTheNextToken() {
        String email = email("promoted");
        String id = user(email, "Ada Lovelace", PortalRole.STUDENT, true);

        assertThat(provider.assignRole(id, PortalRole.ALUMNI)).contains(PortalRole.STUDENT);

        assertThat(provider.findById(id).orElseThrow().role()).isEqualTo(PortalRole.ALUMNI);
        String roles = claims(provider.passwordGrant(email, PASSWORD)).path("realm_access").path("roles").toString();
        assertThat(roles).contains("ALUMNI").doesNotContain("STUDENT");
        assertThat(provider.assignRole(id, PortalRole.ALUMNI)).contains(PortalRole.ALUMNI);
    }

    @Test
    void aDeletedUserIsGoneAndDeletingAgainIsHarmless() {
        String email = email("deleted");
        String id = user(email, "Ada Lovelace", PortalRole.STUDENT, false);

        provider.deleteUser(id);
        provider.deleteUser(id);

        assertThat(provider.findByEmail(email)).isEmpty();
        assertThatThrownBy(() -> provider.markEmailVerified(id)).isInstanceOf(UnknownUserException.class);
    }

    @Test
    void theUserListPagesThroughUsersWithoutServiceAccounts() {
        user(email("listed"), "Ada Lovelace", PortalRole.STUDENT, false);
        user(email("listed"), "Grace Hopper", PortalRole.ALUMNI, false);

        UserPage first = provider.listUsers(0, 1);
        UserPage all = provider.listUsers(0, 100);

        assertThat(first.users()).hasSize(1);
        assertThat(all.total()).isGreaterThanOrEqualTo(2);
        assertThat(all.users()).extracting(IdentityUser::email).noneMatch(e -> e == null || e.startsWith("service-account"));
        assertThat(all.users()).extracting(IdentityUser::role).contains(PortalRole.STUDENT, PortalRole.ALUMNI);
    }
}
