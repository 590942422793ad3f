package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The notification issue's "done when", through the gateway: an admin verifying a profile and a recruiter
 * moving an application each give the right user an in-app notification, a live SSE event and a mail; a user
 * who turned that mail off gets only the in-app one; another user's notification is 404; the mail's
 * unsubscribe link works without login; a reconnect with Last-Event-ID replays what was missed.
 */
@Order(5)
@ExtendWith(SharedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationE2EIT {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("(/api/notifications/unsubscribe\\?token=\\S+)");

    private static SharedStack stack;
    private static Http gateway;
    private static Http mail;
    private static Accounts.User alumnus;
    private static Accounts.User quietAlumnus;
    private static Accounts.User recruiter;
    private static Accounts.User student;
    private static Accounts.User admin;
    private static String verifiedNotificationId;

    @BeforeAll
    static void registerTheCast(SharedStack shared) {
        stack = shared;
        gateway = shared.gateway();
        mail = new Http(shared.mailApiUrl());
        Accounts accounts = shared.accounts();
        alumnus = accounts.registerVerified("ALUMNI", "Nora Notified");
        quietAlumnus = accounts.registerVerified("ALUMNI", "Quentin Quiet");
        recruiter = accounts.approvedRecruiter("Rhea Recruiter");
        student = accounts.registerVerified("STUDENT", "Stan Student");
        admin = accounts.admin();
    }

    @Test
    @Order(1)
    void anAdminVerifyingAProfileNotifiesItsOwnerInAppLiveAndByMail() {
        requestVerification(alumnus);
        try (Sse stream = Sse.open(stack.gatewayUrl(), alumnus.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");

            verify(alumnus);

            Sse.Event live = stream.next(Duration.ofSeconds(30));
            assertThat(live).as("a live event through the gateway").isNotNull();
            assertThat(live.data()).contains("\"type\":\"PROFILE_VERIFIED\"");
            JsonNode inApp = awaitNotification(alumnus, "PROFILE_VERIFIED");
            assertThat(live.id()).isEqualTo(inApp.path("id").asString());
            verifiedNotificationId = inApp.path("id").asString();
        }
        JsonNode mailed = awaitMail(alumnus, "Your profile is verified");
        assertThat(mailed.path("text").asString()).contains("Hello Nora Notified", "/api/notifications/unsubscribe?token=");
        assertThat(gateway.get("/api/notifications/unread-count", alumnus.token()).json().path("count").asLong())
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void aUserWhoTurnedThatMailOffGetsTheInAppNotificationAndNoMail() {
        Http.Response off = gateway.put("/api/notifications/preferences",
                Map.of("types", Map.of("PROFILE_VERIFIED", Map.of("inApp", true, "email", false))),
                quietAlumnus.token());
        assertThat(off.status()).as(off.describe()).isEqualTo(200);
        requestVerification(quietAlumnus);

        verify(quietAlumnus);

        awaitNotification(quietAlumnus, "PROFILE_VERIFIED");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> mails(quietAlumnus).valueStream()
                        .noneMatch(m -> m.path("subject").asString().contains("verified")));
    }

    @Test
    @Order(3)
    void aRecruiterMovingAnApplicationNotifiesTheApplicantAndTheApplicationTheRecruiter() {
        // The recruiter's approval reaches job-service as an event; a 403 only means it has not arrived yet.
        Http.Response posted = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post("/api/jobs", job(), recruiter.token()), r -> r.status() != 403);
        assertThat(posted.status()).as(posted.describe()).isEqualTo(201);
        String jobId = posted.json().path("id").asString();
        Http.Response applied = gateway.post("/api/jobs/" + jobId + "/apply", Map.of("coverLetter", "Hello"),
                student.token());
        assertThat(applied.status()).as(applied.describe()).isEqualTo(201);
        String applicationId = applied.json().path("id").asString();

        JsonNode received = awaitNotification(recruiter, "APPLICATION_RECEIVED");
        assertThat(received.path("message").asString()).contains("Stan Student");

        Http.Response moved = gateway.put("/api/applications/" + applicationId + "/status",
                Map.of("status", "VIEWED"), recruiter.token());
        assertThat(moved.status()).as(moved.describe()).isEqualTo(200);

        JsonNode changed = awaitNotification(student, "APPLICATION_STATUS_CHANGED");
        assertThat(changed.path("message").asString()).contains("viewed");
        assertThat(changed.path("link").asString()).isEqualTo("/applications/" + applicationId);
        assertThat(awaitMail(student, "Application update").path("text").asString()).contains("viewed");
    }

    @Test
    @Order(4)
    void anotherUsersNotificationIsNotFound() {
        Http.Response read = gateway.put("/api/notifications/" + verifiedNotificationId + "/read", null,
                student.token());
        Http.Response delete = gateway.delete("/api/notifications/" + verifiedNotificationId, student.token());

        assertThat(read.status()).as(read.describe()).isEqualTo(404);
        assertThat(read.problemSlug()).isEqualTo("not-found");
        assertThat(delete.status()).as(delete.describe()).isEqualTo(404);
        assertThat(gateway.put("/api/notifications/" + verifiedNotificationId + "/read", null, alumnus.token())
                .status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void theUnsubscribeLinkOfTheMailWorksWithoutLogin() {
        JsonNode mailed = awaitMail(alumnus, "Your profile is verified");
        Matcher link = UNSUBSCRIBE.matcher(mailed.path("text").asString());
        assertThat(link.find()).isTrue();

        Http.Response unsubscribed = gateway.get(link.group(1), null);

        assertThat(unsubscribed.status()).as(unsubscribed.describe()).isEqualTo(200);
        assertThat(gateway.get("/api/notifications/preferences", alumnus.token()).json().path("types")
                .path("PROFILE_VERIFIED").path("email").asBoolean()).isFalse();
    }

    @Test
    @Order(6)
    void reconnectingWithLastEventIdThroughTheGatewayReplaysWhatWasMissed() {
        // the last event the alumnus's stream received was the verification (test 1); while away, an admin
        // withdraws the verification
        String last = verifiedNotificationId;
        Http.Response withdrawn = gateway.post("/api/admin/profiles/reject/" + alumnus.id(),
                Map.of("reason", "Checking the batch year again"), admin.token());
        assertThat(withdrawn.status()).as(withdrawn.describe()).isEqualTo(200);
        JsonNode rejected = awaitNotification(alumnus, "PROFILE_REJECTED");

        try (Sse again = Sse.open(stack.gatewayUrl(), alumnus.token(), last)) {
            Sse.Event replayed = again.next(Duration.ofSeconds(10));
            assertThat(replayed).isNotNull();
            assertThat(replayed.id()).isEqualTo(rejected.path("id").asString());
            assertThat(replayed.data()).contains("Checking the batch year again");
            assertThat(again.next(Duration.ofSeconds(1))).as("only the missed one").isNull();
        }
    }

    private static void requestVerification(Accounts.User user) {
        Http.Response created = gateway.post("/api/profiles", Map.of("headline", "Here to be notified"),
                user.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        Http.Response requested = gateway.post("/api/profiles/me/verification-request", null, user.token());
        assertThat(requested.status()).as(requested.describe()).isEqualTo(200);
    }

    private static void verify(Accounts.User user) {
        Http.Response verified = gateway.post("/api/admin/profiles/verify/" + user.id(), null, admin.token());
        assertThat(verified.status()).as(verified.describe()).isEqualTo(200);
    }

    private static JsonNode awaitNotification(Accounts.User user, String type) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Http.Response list = gateway.get("/api/notifications?type=" + type, user.token());
            return list.status() == 200 && list.json().path("items").size() > 0 ? list.json().path("items").get(0)
                    : null;
        }, n -> n != null);
    }

    private static JsonNode mails(Accounts.User user) {
        return mail.get("/api/messages?to=" + user.email(), null).json();
    }

    private static JsonNode awaitMail(Accounts.User user, String subject) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
                () -> mails(user).valueStream().filter(m -> m.path("subject").asString().contains(subject))
                        .findFirst().orElse(null), m -> m != null);
    }

    private static Map<String, Object> job() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Notification Engineer");
        body.put("description", "Tell the right people.");
        body.put("company", "Acme");
        body.put("location", "Berlin");
        body.put("remote", false);
        body.put("allowAlumniApplicants", false);
        body.put("jobType", "FULL_TIME");
        body.put("skillsRequired", List.of("Java"));
        body.put("applicationDeadline", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        return body;
    }

    /** A Server-Sent Events reader as a browser's EventSource sees the stream. */
    static final class Sse implements AutoCloseable {

        record Event(String id, String name, String data) {
        }

        private final HttpResponse<InputStream> response;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        private Sse(HttpResponse<InputStream> response) {
            this.response = response;
            if (response.statusCode() == 200) {
                Thread reader = new Thread(this::read, "e2e-sse");
                reader.setDaemon(true);
                reader.start();
            }
        }

        static Sse open(String gatewayUrl, String token, String lastEventId) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/notifications/stream"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET();
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            try {
                return new Sse(HttpClient.newHttpClient().send(request.build(),
                        HttpResponse.BodyHandlers.ofInputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        int status() {
            return response.statusCode();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        Event next(Duration timeout) {
            try {
                return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            events.add(new Event(id, name, data.toString()));
                        }
                        id = null;
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).stripLeading());
                    }
                }
            } catch (IOException closed) {
                // closed by the test or the server
            }
        }

        @Override
        public void close() {
            try {
                response.body().close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
