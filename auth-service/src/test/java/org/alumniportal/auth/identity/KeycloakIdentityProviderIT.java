package org.alumniportal.auth.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alumniportal.platform.test.Api;
import org.alumniportal.localstack.keycloak.KeycloakServer;
import org.alumniportal.localstack.mail.CaughtMail;
import org.alumniportal.localstack.mail.MailCatcher;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.web.PageResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link KeycloakIdentityProvider} against a real Keycloak: the distribution from Maven Central, started once
 * for the class (temporary data folder, free port, the realm of infra/keycloak). The service runs as a whole
 * around it (embedded MongoDB and Kafka, a mail catcher, the real JWT decoder on Keycloak's issuer), so the
 * same start also proves the wiring, the bootstrap admin and one walk through the HTTP API with real tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("local")
class KeycloakIdentityProviderIT {

    private static final String SECRET = "it-portal-api-secret";
    private static final String PASSWORD = "Analytical#Engine1843";
    private static final String ADMIN_EMAIL = "root@alumni-portal.test";
    private static final String ADMIN_PASSWORD = "Bootstrap#Admin2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private static Path dataDir;
    private static KeycloakServer keycloak;
    private static MailCatcher mail;
    private static long started;
    private static boolean announced;

    @Autowired
    private IdentityProvider provider;

    @LocalServerPort
    private int port;

    /** Runs when the context is built, so Keycloak's URL is known before the service starts. */
    @DynamicPropertySource
    static void realKeycloak(DynamicPropertyRegistry registry) throws IOException {
        started = System.nanoTime();
        dataDir = Files.createTempDirectory("auth-keycloak-it-");
        keycloak = KeycloakServer.start(dataDir, 0, Map.of("PORTAL_KEYCLOAK_CLIENT_SECRET", SECRET));
        System.out.printf("[keycloak-it] Keycloak ready at %s after %d s%n", keycloak.baseUrl(), seconds());
        mail = MailCatcher.start(0, 0);
        PortalInfrastructure.shared().registerProperties(registry);
        registry.add("portal.auth.keycloak.url", keycloak::baseUrl);
        registry.add("portal.auth.keycloak.client-secret", () -> SECRET);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak::issuerUri);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", mail::smtpPort);
        registry.add("portal.auth.admin.email", () -> ADMIN_EMAIL);
        registry.add("portal.auth.admin.password", () -> ADMIN_PASSWORD);
    }

    @BeforeEach
    void announceOnce() {
        if (!announced) {
            announced = true;
            System.out.printf("[keycloak-it] service up %d s after the class started%n", seconds());
        }
    }

    @AfterAll
    static void stopKeycloak() throws IOException {
        if (mail != null) {
            mail.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf("[keycloak-it] whole class including Keycloak start and stop: %d s%n", seconds());
    }

    private static long seconds() {
        return Duration.ofNanos(System.nanoTime() - started).toSeconds();
    }

    private static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.edu";
    }

    private String user(String email, String fullName, PortalRole role, boolean verified) {
        String id = provider.createUser(new NewIdentityUser(email, PASSWORD, fullName, verified));
        provider.assignRole(id, role);
        return id;
    }

    private static JsonNode claims(TokenGrant grant) {
        String payload = grant.tokens().accessToken().split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }

    @Test
    void aServiceClientMintsRecruiterTokensByClientCredentialsUntilItIsDeleted() throws Exception {
        String clientId = "apikey-it-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");

        String serviceAccountId = provider.createServiceClient(
                new NewServiceClient(clientId, secret, "IT key", PortalRole.RECRUITER));

        java.net.http.HttpResponse<String> granted = clientCredentials(clientId, secret);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        String access = JSON.readTree(granted.body()).path("access_token").asString();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(access.split("\\.")[1]));
        assertThat(claims.path("sub").asString()).isEqualTo(serviceAccountId);
        assertThat(claims.path("azp").asString()).isEqualTo(clientId);
        assertThat(claims.path("realm_access").path("roles").toString()).contains("RECRUITER").doesNotContain("ADMIN");
        assertThat(clientCredentials(clientId, "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(provider.listUsers(0, 100).items()).extracting(IdentityUser::id).doesNotContain(serviceAccountId);

        provider.deleteServiceClient(clientId);
        provider.deleteServiceClient(clientId);

        java.net.http.HttpResponse<String> afterDelete = clientCredentials(clientId, secret);
        assertThat(afterDelete.statusCode()).as(afterDelete.body()).isIn(400, 401);
    }

    private static java.net.http.HttpResponse<String> clientCredentials(String clientId, String secret)
            throws Exception {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret;
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(keycloak.issuerUri() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
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
    void aBruteForceLockLooksLikeInvalidCredentialsAndAPasswordResetLiftsIt() {
        String email = email("locked");
        String id = user(email, "Ada Lovelace", PortalRole.STUDENT, true);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.passwordGrant(email, "Wrong#Pass123"))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.passwordGrant(email, PASSWORD)).as("locked now, even with the password")
                .isInstanceOf(InvalidCredentialsException.class);

        provider.resetPassword(id, "Difference#Engine1822");
        assertThat(provider.passwordGrant(email, "Difference#Engine1822").userId()).isEqualTo(id);
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

        PageResponse<IdentityUser> first = provider.listUsers(0, 1);
        PageResponse<IdentityUser> all = provider.listUsers(0, 100);

        assertThat(first.items()).hasSize(1);
        assertThat(all.totalElements()).isGreaterThanOrEqualTo(2);
        assertThat(all.items()).extracting(IdentityUser::email).noneMatch(e -> e == null || e.startsWith("service-account"));
        assertThat(all.items()).extracting(IdentityUser::role).contains(PortalRole.STUDENT, PortalRole.ALUMNI);
    }

    @Test
    void theBootstrapAdminExistsVerifiedWithRoleAdminAndCanListUsers() {
        IdentityUser admin = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> provider.findByEmail(ADMIN_EMAIL).orElse(null), u -> u != null && u.role() == PortalRole.ADMIN);
        assertThat(admin.emailVerified()).isTrue();

        Api api = new Api(port);
        Api.Response login = api.post("/api/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        Api.Response users = api.get("/api/admin/users?size=500", login.json().path("access_token").asString());
        assertThat(users.status()).as(users.body()).isEqualTo(200);
        assertThat(users.json().path("size").asInt()).isEqualTo(100);
        assertThat(users.json().path("items").findValuesAsString("email")).contains(ADMIN_EMAIL);
    }

    @Test
    void registerVerifyLoginMeLogoutThroughTheApiWithRealTokens() {
        Api api = new Api(port);
        String email = email("walk");
        Api.Response registered = api.post("/api/auth/register",
                Map.of("email", email, "password", PASSWORD, "fullName", "Ada Lovelace", "role", "ALUMNI"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String userId = registered.json().path("userId").asString();
        assertThat(api.post("/api/auth/register",
                Map.of("email", email, "password", PASSWORD, "fullName", "Ada", "role", "ALUMNI")).status()).isEqualTo(409);

        Api.Response early = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(early.status()).as(early.body()).isEqualTo(403);
        assertThat(early.problemType()).isEqualTo("email-not-verified");

        CaughtMail code = await().atMost(Duration.ofSeconds(20))
                .until(() -> mail.messages(email).stream().findFirst().orElse(null), m -> m != null);
        Matcher matcher = CODE.matcher(code.text());
        assertThat(matcher.find()).isTrue();
        assertThat(api.post("/api/auth/verify-email", Map.of("email", email, "code", matcher.group(1))).status())
                .isEqualTo(200);

        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String access = login.json().path("access_token").asString();
        String refresh = login.json().path("refresh_token").asString();

        Api.Response me = api.get("/api/auth/me", access);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("userId").asString()).isEqualTo(userId);
        assertThat(me.json().path("email").asString()).isEqualTo(email);
        assertThat(me.json().path("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(me.json().path("roles").toString()).isEqualTo("[\"ALUMNI\"]");
        assertThat(me.json().path("emailVerified").asBoolean()).isTrue();

        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", refresh)).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/logout", null, access).status()).isEqualTo(204);
        Api.Response afterLogout = api.post("/api/auth/refresh", Map.of("refreshToken", refresh));
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.problemType()).isEqualTo("invalid-refresh-token");
    }
}
