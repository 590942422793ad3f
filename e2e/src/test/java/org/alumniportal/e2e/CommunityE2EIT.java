package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * community-service's walk through the gateway with real Keycloak accounts: role checks, an event whose capacity
 * holds under concurrent RSVPs and whose waitlist promotes exactly one person when a seat frees up, the calendar
 * entry, a post whose script comes back inert, exact likes under concurrent repeats, a flagged post an admin
 * removes (then 404), capsules ranked by engagement, and recommendations from shared RSVPs. The 50-RSVP race, the two-replica reminder and the
 * time-decay ranking need a movable clock or fifty accounts; community-service's ITs prove those.
 */
@Order(5)
@ExtendWith(SharedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommunityE2EIT {

    private static final int SEATS = 2;

    private static Http gateway;
    private static Accounts.User alumnus;
    private static Accounts.User admin;
    private static final List<Accounts.User> students = new ArrayList<>();
    private static String eventId;
    private static String postId;

    @BeforeAll
    static void registerTheCast(SharedStack stack) {
        gateway = stack.gateway();
        Accounts accounts = stack.accounts();
        alumnus = accounts.registerVerified("ALUMNI", "Ava Alumna");
        for (int i = 0; i < 5; i++) {
            students.add(accounts.registerVerified("STUDENT", "Stu Dent " + (char) ('a' + i)));
        }
        admin = accounts.admin();
    }

    @Test
    @Order(1)
    void anAlumniOnlyActionByAStudentIsForbidden() {
        Http.Response event = gateway.post("/api/events/create", event("Student party"), students.get(0).token());
        Http.Response capsule = gateway.post("/api/capsules/create", capsule("Student tips"), students.get(0).token());

        assertThat(event.status()).as(event.describe()).isEqualTo(403);
        assertThat(event.problemSlug()).isEqualTo("forbidden");
        assertThat(capsule.status()).as(capsule.describe()).isEqualTo(403);
        assertThat(capsule.problemSlug()).isEqualTo("forbidden");
    }

    @Test
    @Order(2)
    void concurrentRsvpsNeverExceedCapacityAndALeavingAttendeePromotesExactlyOne() {
        Http.Response created = gateway.post("/api/events/create", event("Alumni mixer"), alumnus.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        eventId = created.json().path("id").asString();

        List<CompletableFuture<Http.Response>> answers = students.stream()
                .map(s -> CompletableFuture.supplyAsync(() -> gateway.post("/api/events/" + eventId + "/rsvp",
                        Map.of("status", "ATTENDING"), s.token())))
                .toList();
        List<Http.Response> responses = answers.stream().map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.describe()).isEqualTo(200));
        assertThat(responses.stream().filter(r -> r.json().path("status").asString().equals("ATTENDING")))
                .hasSize(SEATS);
        assertThat(responses.stream().filter(r -> r.json().path("status").asString().equals("WAITLISTED")))
                .hasSize(students.size() - SEATS);
        Http.Response full = gateway.get("/api/events/" + eventId, alumnus.token());
        assertThat(full.json().path("attendingCount").asLong()).isEqualTo(SEATS);
        assertThat(full.json().path("waitlistCount").asLong()).isEqualTo(students.size() - SEATS);

        int leaving = 0;
        while (!responses.get(leaving).json().path("status").asString().equals("ATTENDING")) {
            leaving++;
        }
        Http.Response left = gateway.post("/api/events/" + eventId + "/rsvp", Map.of("status", "NOT_ATTENDING"),
                students.get(leaving).token());
        assertThat(left.status()).as(left.describe()).isEqualTo(200);

        Http.Response after = gateway.get("/api/events/" + eventId, alumnus.token());
        assertThat(after.json().path("attendingCount").asLong()).isEqualTo(SEATS);
        assertThat(after.json().path("waitlistCount").asLong()).isEqualTo(students.size() - SEATS - 1);
        Http.Response attendees = gateway.get("/api/events/" + eventId + "/attendees", alumnus.token());
        assertThat(attendees.status()).as(attendees.describe()).isEqualTo(200);
        assertThat(attendees.json().path("totalElements").asLong()).isEqualTo(SEATS);
        Http.Response notAllowed = gateway.get("/api/events/" + eventId + "/attendees",
                students.get(leaving).token());
        assertThat(notAllowed.status()).as(notAllowed.describe()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void theEventComesAsACalendarEntry() {
        Http.Response ics = gateway.get("/api/events/" + eventId + "/calendar.ics", students.get(0).token());

        assertThat(ics.status()).as(ics.describe()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.body()).contains("BEGIN:VEVENT", "UID:" + eventId + "@alumni-portal", "SUMMARY:Alumni mixer");
    }

    @Test
    @Order(4)
    void aScriptPostComesBackInertAndLikesAreExactUnderConcurrentRepeats() {
        Http.Response created = gateway.post("/api/forum/posts", Map.of("title", "Interview tips",
                "content", "<p>Practise <script>fetch('//evil')</script><b>daily</b></p>", "tags", List.of("Career")),
                alumnus.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        postId = created.json().path("id").asString();

        List<CompletableFuture<Http.Response>> likes = new ArrayList<>();
        for (Accounts.User student : students) {
            for (int i = 0; i < 2; i++) {
                likes.add(CompletableFuture.supplyAsync(() -> gateway.post("/api/forum/posts/" + postId + "/like",
                        null, student.token())));
            }
        }
        likes.forEach(CompletableFuture::join);

        Http.Response read = gateway.get("/api/forum/posts/" + postId, students.get(0).token());
        assertThat(read.status()).as(read.describe()).isEqualTo(200);
        assertThat(read.json().path("content").asString()).doesNotContain("<script", "evil").contains("<b>daily</b>");
        assertThat(read.json().path("likesCount").asLong()).isEqualTo(students.size());
        assertThat(read.json().path("liked").asBoolean()).isTrue();
        Http.Response listed = gateway.get("/api/forum/posts?tag=career", students.get(1).token());
        assertThat(listed.json().path("items").findValuesAsString("id")).contains(postId);
    }

    @Test
    @Order(5)
    void aFlaggedPostRemovedByAnAdminAnswersNotFound() {
        Http.Response flagged = gateway.post("/api/forum/posts/" + postId + "/flag", Map.of("reason", "off-topic"),
                students.get(2).token());
        assertThat(flagged.status()).as(flagged.describe()).isEqualTo(200);
        Http.Response queue = gateway.get("/api/admin/content/flagged", admin.token());
        assertThat(queue.status()).as(queue.describe()).isEqualTo(200);
        assertThat(queue.json().path("items").findValuesAsString("id")).contains(postId);
        assertThat(gateway.get("/api/admin/content/flagged", students.get(2).token()).status()).isEqualTo(403);

        Http.Response removed = gateway.post("/api/admin/content/moderate",
                Map.of("type", "POST", "id", postId, "action", "REMOVE", "reason", "off-topic"), admin.token());
        assertThat(removed.status()).as(removed.describe()).isEqualTo(200);

        Http.Response gone = gateway.get("/api/forum/posts/" + postId, students.get(2).token());
        assertThat(gone.status()).as(gone.describe()).isEqualTo(404);
        assertThat(gateway.get("/api/forum/posts/" + postId, alumnus.token()).status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void trendingRanksTheCapsuleWithMoreRecentEngagementFirst() {
        String quiet = createCapsule("Quiet capsule");
        String liked = createCapsule("Liked capsule");
        for (Accounts.User student : students.subList(0, 3)) {
            assertThat(gateway.post("/api/capsules/" + liked + "/like", null, student.token()).status()).isEqualTo(200);
        }
        gateway.get("/api/capsules/" + quiet, students.get(4).token());

        Http.Response trending = gateway.get("/api/capsules/trending", students.get(0).token());

        assertThat(trending.status()).as(trending.describe()).isEqualTo(200);
        List<String> ids = trending.json().path("items").findValuesAsString("id");
        assertThat(ids).contains(liked, quiet);
        assertThat(ids.indexOf(liked)).isLessThan(ids.indexOf(quiet));
    }

    @Test
    @Order(7)
    void recommendationsFollowCoEngagementAndNeverOfferWhatWasAnsweredOrRemoved() {
        Http.Response created = gateway.post("/api/events/create", event("Kafka workshop"), alumnus.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        String workshop = created.json().path("id").asString();
        Accounts.User me = students.get(1);
        // someone who shares my mixer RSVP goes to the workshop: that is the collaborative signal
        assertThat(gateway.post("/api/events/" + workshop + "/rsvp", Map.of("status", "MAYBE"),
                students.get(0).token()).status()).isEqualTo(200);

        Http.Response events = gateway.get("/api/recommendations/events", me.token());
        Http.Response posts = gateway.get("/api/recommendations/posts", me.token());

        assertThat(events.status()).as(events.describe()).isEqualTo(200);
        List<String> eventIds = events.json().path("items").findValuesAsString("id");
        assertThat(eventIds).contains(workshop).doesNotContain(eventId);
        JsonNode first = events.json().path("items").get(0);
        assertThat(first.path("event").path("id").asString()).isEqualTo(workshop);
        assertThat(first.path("score").asDouble()).isPositive();
        assertThat(first.path("reasons").get(0).asString()).contains("your events or likes");
        assertThat(posts.status()).as(posts.describe()).isEqualTo(200);
        assertThat(posts.json().path("items").findValuesAsString("id")).doesNotContain(postId);
    }

    private static String createCapsule(String title) {
        Http.Response created = gateway.post("/api/capsules/create", capsule(title), alumnus.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static Map<String, Object> event(String title) {
        Instant start = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Drinks and talks");
        body.put("eventType", "NETWORKING");
        body.put("location", "Main Hall");
        body.put("isVirtual", false);
        body.put("startDate", start.toString());
        body.put("endDate", start.plus(Duration.ofHours(3)).toString());
        body.put("maxAttendees", SEATS);
        return body;
    }

    private static Map<String, Object> capsule(String title) {
        return Map.of("title", title, "content", "<p>Three things I wish I had known</p>", "category", "CAREER",
                "tags", List.of("career"), "durationMinutes", 5);
    }
}
