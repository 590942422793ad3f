package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Users as a person gets them: register through the gateway, read the one-time code from the mail catcher,
 * verify, log in. Logins wait out a 429 of the gateway's per-address limit (the rate-limit test empties that
 * bucket on purpose); the limit itself is asserted by that test, not here.
 */
final class Accounts {

    static final String ADMIN_EMAIL = "admin@alumni-portal.local";
    static final String ADMIN_PASSWORD = "Admin#Portal2026";
    private static final Pattern OTP = Pattern.compile("\\b(\\d{6})\\b");
    /** Keycloak's access tokens live 5 minutes (realm accessTokenLifespan 300); log in again before that. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4);

    /** A signed-in person; {@link #token()} logs in again when the access token is about to expire. */
    final class User {

        private final String email;
        private final String password;
        private String id;
        private String token;
        private Instant loggedInAt;

        private User(String email, String password) {
            this.email = email;
            this.password = password;
        }

        String email() {
            return email;
        }

        /** The Keycloak subject: the user id every service keys its data by. */
        String id() {
            token();
            return id;
        }

        synchronized String token() {
            if (token == null || Instant.now().isAfter(loggedInAt.plus(TOKEN_REUSE))) {
                token = login(email, password);
                loggedInAt = Instant.now();
                if (id == null) {
                    Http.Response me = gateway.get("/api/auth/me", token);
                    assertThat(me.status()).as(me.describe()).isEqualTo(200);
                    id = me.json().path("userId").asString();
                    assertThat(id).isNotBlank();
                }
            }
            return token;
        }
    }

    private final Http gateway;
    private final Http mail;
    private User admin;

    Accounts(Http gateway, Http mail) {
        this.gateway = gateway;
        this.mail = mail;
    }

    /** A new user with a verified e-mail address, logged in. {@code role}: STUDENT, ALUMNI or RECRUITER. */
    User registerVerified(String role, String fullName) {
        String email = fullName.toLowerCase().replaceAll("[^a-z]+", ".") + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.edu";
        String password = "E2e#" + UUID.randomUUID().toString().substring(0, 12);
        Http.Response registered = awaitNotRateLimited(() -> gateway.post("/api/auth/register",
                Map.of("email", email, "password", password, "fullName", fullName, "role", role), null));
        assertThat(registered.status()).as(registered.describe()).isEqualTo(201);
        String code = otpMailedTo(email);
        Http.Response verified = awaitNotRateLimited(() -> gateway.post("/api/auth/verify-email",
                Map.of("email", email, "code", code), null));
        assertThat(verified.status()).as(verified.describe()).isEqualTo(200);
        User user = new User(email, password);
        user.token();
        return user;
    }

    /**
     * A RECRUITER whose account an admin has approved ({@code POST /api/admin/users/{id}/activate}): only such
     * recruiters post jobs. job-service learns the approval from an event, so the first post may lag it briefly.
     */
    User approvedRecruiter(String fullName) {
        User recruiter = registerVerified("RECRUITER", fullName);
        Http.Response approved = gateway.post("/api/admin/users/" + recruiter.id() + "/activate", Map.of(),
                admin().token());
        assertThat(approved.status()).as(approved.describe()).isEqualTo(200);
        return recruiter;
    }

    /** The text of the newest mail to {@code email} whose subject contains {@code subject}. */
    String mailTo(String email, String subject) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Http.Response inbox = mail.get("/api/messages?to=" + email, null);
            JsonNode messages = inbox.json();
            if (inbox.status() != 200 || messages == null) {
                return null;
            }
            for (JsonNode message : messages) {
                if (message.path("subject").asString().contains(subject)) {
                    return message.path("text").asString();
                }
            }
            return null;
        }, text -> text != null);
    }

    /** Logs in and returns the whole token response (access and refresh token). */
    JsonNode loginResponse(String email, String password) {
        Http.Response login = awaitNotRateLimited(() -> gateway.post("/api/auth/login",
                Map.of("email", email, "password", password), null));
        assertThat(login.status()).as("login of %s: %s", email, login.describe()).isEqualTo(200);
        return login.json();
    }

    /** The admin that auth-service bootstraps at its first start. */
    synchronized User admin() {
        if (admin == null) {
            admin = new User(ADMIN_EMAIL, ADMIN_PASSWORD);
            admin.token();
        }
        return admin;
    }

    String otpMailedTo(String email) {
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

    private String login(String email, String password) {
        Http.Response login = awaitNotRateLimited(() -> gateway.post("/api/auth/login",
                Map.of("email", email, "password", password), null));
        assertThat(login.status()).as("login of %s: %s", email, login.describe()).isEqualTo(200);
        return login.json().path("access_token").asString();
    }

    private static Http.Response awaitNotRateLimited(Supplier<Http.Response> call) {
        return await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                .until(call::get, response -> response.status() != 429);
    }
}
