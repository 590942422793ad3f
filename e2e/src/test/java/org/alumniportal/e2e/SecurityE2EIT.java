package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10's security walk through the gateway of the local stack with a real Keycloak: a password reset ends
 * the sessions from before it, an API key cannot be traded at Keycloak for a RECRUITER token, a recruiter posts
 * only once approved, and a suspended user is locked out from the next request.
 */
@Order(4)
@ExtendWith(SharedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityE2EIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern RESET_TOKEN = Pattern.compile("token=([0-9a-f]{64})");

    private static Http gateway;
    private static Accounts accounts;

    @BeforeAll
    static void connect(SharedStack stack) {
        gateway = stack.gateway();
        accounts = stack.accounts();
    }

    @Test
    @Order(1)
    void aPasswordResetEndsTheSessionsFromBeforeIt() {
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.edu";
        String password = "Analytical#Engine1843";
        assertThat(gateway.post("/api/auth/register", Map.of("email", email, "password", password, "fullName",
                "Ada Reset", "role", "STUDENT"), null).status()).isEqualTo(201);
        String code = accounts.otpMailedTo(email);
        assertThat(gateway.post("/api/auth/verify-email", Map.of("email", email, "code", code), null).status())
                .isEqualTo(200);
        JsonNode before = accounts.loginResponse(email, password);
        String oldAccess = before.path("access_token").asString();
        String oldRefresh = before.path("refresh_token").asString();
        assertThat(gateway.get("/api/auth/me", oldAccess).status()).isEqualTo(200);

        assertThat(gateway.post("/api/auth/forgot-password", Map.of("email", email), null).status()).isEqualTo(202);
        Matcher link = RESET_TOKEN.matcher(accounts.mailTo(email, "Reset"));
        assertThat(link.find()).isTrue();
        Http.Response reset = gateway.post("/api/auth/reset-password",
                Map.of("token", link.group(1), "newPassword", "Difference#Engine1822"), null);
        assertThat(reset.status()).as(reset.describe()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> gateway.get("/api/auth/me", oldAccess).status(), status -> status == 401);
        assertThat(gateway.post("/api/auth/refresh", Map.of("refreshToken", oldRefresh), null).status())
                .as("the Keycloak session itself is gone").isEqualTo(401);
        String fresh = accounts.loginResponse(email, "Difference#Engine1822").path("access_token").asString();
        assertThat(gateway.get("/api/auth/me", fresh).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void anApiKeyCannotBeTradedAtKeycloakForARecruiterToken() throws Exception {
        Accounts.User admin = accounts.admin();
        Http.Response issued = gateway.post("/api/admin/api-keys",
                Map.of("organisation", "Trade Attempt", "scopes", List.of("jobs:read")), admin.token());
        assertThat(issued.status()).as(issued.describe()).isEqualTo(201);
        String apiKey = issued.json().path("apiKey").asString();
        String clientId = apiKey.substring("apk_".length(), apiKey.lastIndexOf('.'));
        String secret = apiKey.substring(apiKey.lastIndexOf('.') + 1);

        // The issuer in every token says where the realm's token endpoint is: exactly what a key holder would try.
        String issuer = claims(admin.token()).path("iss").asString();
        HttpResponse<String> trade = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                        + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&client_secret="
                        + URLEncoder.encode(secret, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(trade.statusCode()).as(trade.body()).isEqualTo(401);
        assertThat(trade.body()).doesNotContain("access_token");
        Http keyed = gateway.withHeader("X-API-Key", apiKey);
        assertThat(keyed.get("/api/jobs", null).status()).as("the key still works through the gateway").isEqualTo(200);
        assertThat(keyed.post("/api/jobs", Map.of("title", "x"), null).status()).as("within its scopes only")
                .isEqualTo(403);
    }

    @Test
    @Order(3)
    void anUnapprovedRecruiterIsRefusedUntilAnAdminApproves() {
        Accounts.User recruiter = accounts.registerVerified("RECRUITER", "Una Approved");
        Map<String, Object> job = job();

        Http.Response refused = gateway.post("/api/jobs", job, recruiter.token());
        assertThat(refused.status()).as(refused.describe()).isEqualTo(403);
        assertThat(refused.problemSlug()).isEqualTo("recruiter-not-approved");

        Http.Response approved = gateway.post("/api/admin/users/" + recruiter.id() + "/activate", Map.of(),
                accounts.admin().token());
        assertThat(approved.status()).as(approved.describe()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("ACTIVE");

        Http.Response posted = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post("/api/jobs", job, recruiter.token()), r -> r.status() != 403);
        assertThat(posted.status()).as(posted.describe()).isEqualTo(201);
    }

    @Test
    @Order(4)
    void aSuspendedUserIsLockedOutAtTheNextRequestAndLetBackInOnActivation() {
        String email = "suspend-" + UUID.randomUUID().toString().substring(0, 8) + "@example.edu";
        String password = "Analytical#Engine1843";
        assertThat(gateway.post("/api/auth/register", Map.of("email", email, "password", password, "fullName",
                "Sue Spended", "role", "STUDENT"), null).status()).isEqualTo(201);
        String code = accounts.otpMailedTo(email);
        assertThat(gateway.post("/api/auth/verify-email", Map.of("email", email, "code", code), null).status())
                .isEqualTo(200);
        String token = accounts.loginResponse(email, password).path("access_token").asString();
        String userId = gateway.get("/api/auth/me", token).json().path("userId").asString();

        Http.Response suspended = gateway.post("/api/admin/users/" + userId + "/suspend",
                Map.of("reason", "e2e suspension"), accounts.admin().token());
        assertThat(suspended.status()).as(suspended.describe()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> gateway.get("/api/auth/me", token).status(), status -> status == 401);
        Http.Response login = gateway.post("/api/auth/login", Map.of("email", email, "password", password), null);
        assertThat(login.status()).as(login.describe()).isEqualTo(403);
        assertThat(login.problemSlug()).isEqualTo("account-suspended");
        assertThat(accounts.mailTo(email, "suspended")).contains("e2e suspension");

        assertThat(gateway.post("/api/admin/users/" + userId + "/activate", Map.of(), accounts.admin().token())
                .status()).isEqualTo(200);
        String again = accounts.loginResponse(email, password).path("access_token").asString();
        assertThat(gateway.get("/api/auth/me", again).status()).isEqualTo(200);
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static Map<String, Object> job() {
        return Map.of("title", "Security Engineer", "description", "Keep the doors shut", "company", "Approved Co",
                "location", "Pune", "jobType", "FULL_TIME", "skillsRequired", List.of("Java"),
                "applicationDeadline", java.time.Instant.now().plus(Duration.ofDays(30)).toString());
    }
}
