package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "done when", walked through the gateway of a freshly started local stack with a real Keycloak:
 * register → mail → verify → login → me → logout → refused; a locked OTP; a rate-limited login. That
 * {@code ./portal down} leaves no process behind is checked by {@link StackShutdownE2EIT}, the last class.
 */
@Order(1)
@ExtendWith(SharedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthFlowE2EIT {

    private static Http gateway;
    private static Accounts accounts;

    @BeforeAll
    static void connect(SharedStack stack) {
        gateway = stack.gateway();
        accounts = stack.accounts();
    }

    @Test
    @Order(1)
    void healthAnswersWithoutATokenAndShowsTheServices() {
        Http.Response health = gateway.get("/api/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.header("X-Trace-Id")).isNotBlank();
        assertThat(health.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    @Order(2)
    void aNewUserRegistersVerifiesByMailLogsInAndIsRefusedAfterLogout() {
        String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.edu";
        String password = "Analytical#Engine1843";

        Http.Response registered = gateway.post("/api/auth/register",
                Map.of("email", email, "password", password, "fullName", "Ada Lovelace", "role", "ALUMNI"), null);
        assertThat(registered.status()).as(registered.describe()).isEqualTo(201);
        assertThat(registered.json().path("emailVerified").asBoolean()).isFalse();

        Http.Response duplicate = gateway.post("/api/auth/register",
                Map.of("email", email, "password", password, "fullName", "Ada Again", "role", "ALUMNI"), null);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");

        Http.Response beforeVerification = gateway.post("/api/auth/login", Map.of("email", email, "password", password), null);
        assertThat(beforeVerification.status()).as(beforeVerification.describe()).isEqualTo(403);

        String code = accounts.otpMailedTo(email);
        Http.Response verified = gateway.post("/api/auth/verify-email", Map.of("email", email, "code", code), null);
        assertThat(verified.status()).as(verified.describe()).isEqualTo(200);

        Http.Response wrongPassword = gateway.post("/api/auth/login", Map.of("email", email, "password", "Wrong#Pass123"), null);
        Http.Response unknownEmail = gateway.post("/api/auth/login",
                Map.of("email", "nobody-" + UUID.randomUUID() + "@example.edu", "password", "Wrong#Pass123"), null);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().path("detail").asString()).isEqualTo(unknownEmail.json().path("detail").asString());

        Http.Response login = gateway.post("/api/auth/login", Map.of("email", email, "password", password), null);
        assertThat(login.status()).as(login.describe()).isEqualTo(200);
        assertThat(login.json().path("token_type").asString()).isEqualToIgnoringCase("Bearer");
        assertThat(login.json().path("refresh_token").asString()).isNotBlank();
        String token = login.json().path("access_token").asString();

        Http.Response me = gateway.get("/api/auth/me", token);
        assertThat(me.status()).as(me.describe()).isEqualTo(200);
        assertThat(me.json().path("email").asString()).isEqualTo(email);
        assertThat(me.json().path("roles").toString()).contains("ALUMNI");
        assertThat(gateway.get("/api/auth/me", null).status()).isEqualTo(401);

        Http.Response logout = gateway.post("/api/auth/logout", null, token);
        assertThat(logout.status()).as(logout.describe()).isBetween(200, 204);

        Http.Response afterLogout = gateway.get("/api/auth/me", token);
        assertThat(afterLogout.status()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void theSixthWrongCodeIsRefusedEvenWhenItIsTheRightOne() {
        String email = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@example.edu";
        assertThat(gateway.post("/api/auth/register",
                Map.of("email", email, "password", "Cobol#Compiler1959", "fullName", "Grace Hopper", "role", "STUDENT"),
                null).status()).isEqualTo(201);
        String code = accounts.otpMailedTo(email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 5; attempt++) {
            Http.Response refused = gateway.post("/api/auth/verify-email", Map.of("email", email, "code", wrong), null);
            assertThat(refused.status()).as("wrong attempt %d: %s", attempt, refused.describe()).isBetween(400, 429);
        }
        Http.Response sixth = gateway.post("/api/auth/verify-email", Map.of("email", email, "code", code), null);
        assertThat(sixth.status()).as(sixth.describe()).isBetween(400, 429);
        assertThat(sixth.json().path("type").asString()).endsWith("otp-locked");
    }

    @Test
    @Order(4)
    void loginIsRateLimitedPerClientWithRetryAfter() {
        int limit = PortalStack.AUTH_RATE_LIMIT_PER_MINUTE;
        Map<String, String> wrong = Map.of("email", "flood@example.edu", "password", "Wrong#Pass123");
        Http.Response last = gateway.post("/api/auth/login", wrong, null);
        assertThat(last.status()).as(last.describe()).isEqualTo(401);
        assertThat(Integer.parseInt(last.header("X-RateLimit-Remaining"))).isLessThan(limit);
        // The bucket refills evenly over the minute, so a slow flood needs a few more than the limit.
        for (int i = 1; i < 2 * limit && last.status() != 429; i++) {
            last = gateway.post("/api/auth/login", wrong, null);
            assertThat(last.status()).as("login %d: %s", i + 1, last.describe()).isIn(401, 429);
        }
        assertThat(last.status()).as(last.describe()).isEqualTo(429);
        assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
        assertThat(last.header("Content-Type")).startsWith("application/problem+json");
        assertThat(last.problemSlug()).isEqualTo("rate-limited");
        assertThat(last.json().path("detail").asString()).contains("Rate limit of " + limit + " requests per minute");

        // Counted per endpoint: the login flood does not lock the same address out of registering.
        Http.Response register = gateway.post("/api/auth/register", Map.of("email", "not-an-address"), null);
        assertThat(register.status()).as(register.describe()).isEqualTo(400);
    }
}
