package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

/**
 * The "done when", walked through the gateway of a freshly started local stack with a real Keycloak:
 * register → mail → verify → login → me → logout → refused; a locked OTP; a rate-limited login; and
 * {@code ./portal down} leaving no process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthFlowE2EIT {

    private static final Pattern OTP = Pattern.compile("\\b(\\d{6})\\b");
    private static PortalStack stack;
    private static Http gateway;
    private static Http mail;

    @BeforeAll
    static void startTheWholeSuite() {
        stack = new PortalStack(PortalStack.rootFromSystemProperty());
        stack.up();
        gateway = new Http(stack.gateway());
        mail = new Http(stack.mailApi());
        System.out.printf("[e2e] ./portal up took %d s; resident memory of the suite: %d MiB%n",
                stack.upTime().toSeconds(), stack.residentMemoryMiB());
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.down();
        }
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
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        assertThat(registered.json().path("emailVerified").asBoolean()).isFalse();

        Http.Response duplicate = gateway.post("/api/auth/register",
                Map.of("email", email, "password", password, "fullName", "Ada Again", "role", "ALUMNI"), null);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");

        Http.Response beforeVerification = gateway.post("/api/auth/login", Map.of("email", email, "password", password), null);
        assertThat(beforeVerification.status()).as(beforeVerification.raw().body()).isEqualTo(403);

        String code = otpMailedTo(email);
        Http.Response verified = gateway.post("/api/auth/verify-email", Map.of("email", email, "code", code), null);
        assertThat(verified.status()).as(verified.raw().body()).isEqualTo(200);

        Http.Response wrongPassword = gateway.post("/api/auth/login", Map.of("email", email, "password", "Wrong#Pass123"), null);
        Http.Response unknownEmail = gateway.post("/api/auth/login",
                Map.of("email", "nobody-" + UUID.randomUUID() + "@example.edu", "password", "Wrong#Pass123"), null);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().path("detail").asString()).isEqualTo(unknownEmail.json().path("detail").asString());

        Http.Response login = gateway.post("/api/auth/login", Map.of("email", email, "password", password), null);
        assertThat(login.status()).as(login.raw().body()).isEqualTo(200);
        assertThat(login.json().path("token_type").asString()).isEqualToIgnoringCase("Bearer");
        assertThat(login.json().path("refresh_token").asString()).isNotBlank();
        String token = login.json().path("access_token").asString();

        Http.Response me = gateway.get("/api/auth/me", token);
        assertThat(me.status()).as(me.raw().body()).isEqualTo(200);
        assertThat(me.json().path("email").asString()).isEqualTo(email);
        assertThat(me.json().path("roles").toString()).contains("ALUMNI");
        assertThat(gateway.get("/api/auth/me", null).status()).isEqualTo(401);

        Http.Response logout = gateway.post("/api/auth/logout", null, token);
        assertThat(logout.status()).as(logout.raw().body()).isBetween(200, 204);

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
        String code = otpMailedTo(email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 5; attempt++) {
            Http.Response refused = gateway.post("/api/auth/verify-email", Map.of("email", email, "code", wrong), null);
            assertThat(refused.status()).as("wrong attempt %d: %s", attempt, refused.raw().body()).isBetween(400, 429);
        }
        Http.Response sixth = gateway.post("/api/auth/verify-email", Map.of("email", email, "code", code), null);
        assertThat(sixth.status()).as(sixth.raw().body()).isBetween(400, 429);
        assertThat(sixth.json().path("type").asString()).endsWith("otp-locked");
    }

    @Test
    @Order(4)
    void loginIsRateLimitedPerClientWithRetryAfter() {
        Http.Response last = null;
        for (int i = 0; i < 30; i++) {
            last = gateway.post("/api/auth/login", Map.of("email", "flood@example.edu", "password", "Wrong#Pass123"), null);
            if (last.status() == 429) {
                break;
            }
            assertThat(last.status()).isEqualTo(401);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
        assertThat(last.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    @Order(5)
    void downLeavesNoProcessOfTheSuiteBehind() {
        List<ProcessHandle> suite = stack.processesWithDescendants();
        assertThat(suite).hasSizeGreaterThanOrEqualTo(11);
        assertThat(stack.down()).isZero();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(suite).noneMatch(ProcessHandle::isAlive));
    }

    private static String otpMailedTo(String email) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Http.Response inbox = mail.get("/api/messages?to=" + email, null);
            JsonNode messages = inbox.json();
            if (inbox.status() != 200 || messages == null || messages.isEmpty()) {
                return null;
            }
            Matcher matcher = OTP.matcher(messages.get(0).path("text").asString());
            return matcher.find() ? matcher.group(1) : null;
        }, code -> code != null);
    }
}
