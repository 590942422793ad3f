package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * community-service's walk through the gateway with real Keycloak accounts, while a second community-service
 * replica runs beside the stack's own (registered in Eureka, same store and broker): role checks, 50 concurrent
 * RSVPs to an event for 10 that leave exactly 10 attending and 40 waitlisted, a cancellation that promotes exactly
 * the first on the waitlist, the calendar entry, a post whose script comes back inert, exact likes under concurrent
 * repeats, a flagged post an admin removes (then 404), capsules ranked by engagement, recommendations from shared
 * RSVPs, and a reminder on the topic exactly once per attendee although both replicas sweep every few seconds. The
 * time-decay ranking needs a movable clock; community-service's ITs prove it.
 */
@Order(5)
@ExtendWith(SharedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommunityE2EIT {

    private static final int SEATS = 10;
    private static final int STUDENTS = 50;
    /** The stack's replica sweeps every PORTAL_COMMUNITY_REMINDERS_POLL (SharedStack); the second one as often. */
    private static final String REMINDER_POLL = "PT5S";
    /**
     * Lists are served from each replica's memory and learn the other replica's writes at its next resync
     * (PORTAL_COMMUNITY_INDEX_SYNC, as in SharedStack): a list read right after a write waits that long at most.
     */
    private static final String INDEX_SYNC = "PT2S";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static SharedStack shared;
    private static Http gateway;
    private static Accounts.User alumnus;
    private static Accounts.User admin;
    private static final List<Accounts.User> students = new ArrayList<>();
    private static CompletableFuture<ServiceReplica> secondReplica;
    private static String eventId;
    private static String postId;

    @BeforeAll
    static void registerTheCastWhileASecondReplicaStarts(SharedStack stack) throws Exception {
        shared = stack;
        gateway = stack.gateway();
        secondReplica = CompletableFuture.supplyAsync(() -> stack.startReplica("community-service",
                Map.of("PORTAL_COMMUNITY_REMINDERS_POLL", REMINDER_POLL, "PORTAL_COMMUNITY_INDEX_SYNC", INDEX_SYNC)));
        Accounts accounts = stack.accounts();
        alumnus = accounts.registerVerified("ALUMNI", "Ava Alumna");
        // a few at a time: the gateway's per-address limit on the auth endpoints paces the rest (Accounts waits)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Accounts.User>> registering = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) {
                String name = "Stu Dent " + (char) ('a' + i / 26) + (char) ('a' + i % 26);
                registering.add(pool.submit(() -> accounts.registerVerified("STUDENT", name)));
            }
            for (Future<Accounts.User> student : registering) {
                students.add(student.get());
            }
        } finally {
            pool.shutdownNow();
        }
        admin = accounts.admin();
        ServiceReplica replica = secondReplica.join();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(communityInstancesUp()).as("community-service instances UP in Eureka")
                        .isEqualTo(2));
        System.out.printf("[e2e] two community-service replicas: the stack's and pid %d on port %d%n", replica.pid(),
                replica.port());
    }

    @AfterAll
    static void stopTheSecondReplica() {
        if (secondReplica != null) {
            ServiceReplica replica = secondReplica.handle((started, failed) -> started).join();
            if (replica != null) {
                replica.close();
                assertThat(replica.isAlive()).as("second replica still running").isFalse();
            }
        }
    }

    @Test
    @Order(1)
    void anAlumniOnlyActionByAStudentIsForbidden() {
        Http.Response event = gateway.post("/api/events/create", event("Student party", Duration.ofDays(7)),
                students.get(0).token());
        Http.Response capsule = gateway.post("/api/capsules/create", capsule("Student tips"), students.get(0).token());

        assertThat(event.status()).as(event.describe()).isEqualTo(403);
        assertThat(event.problemSlug()).isEqualTo("forbidden");
        assertThat(capsule.status()).as(capsule.describe()).isEqualTo(403);
        assertThat(capsule.problemSlug()).isEqualTo("forbidden");
    }

    @Test
    @Order(2)
    void fiftyConcurrentRsvpsFillTenSeatsAndALeavingAttendeePromotesExactlyTheFirstWaiting() {
        Http.Response created = gateway.post("/api/events/create", event("Alumni mixer", Duration.ofDays(7)),
                alumnus.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        eventId = created.json().path("id").asString();
        // every token first (a login inside the race would spread it out), then all fifty at once
        List<String> tokens = students.stream().map(Accounts.User::token).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(STUDENTS);
        List<Http.Response> responses;
        try {
            List<Future<Http.Response>> answers = tokens.stream().map(token -> racers.submit(() -> {
                start.await();
                return gateway.post("/api/events/" + eventId + "/rsvp", Map.of("status", "ATTENDING"), token);
            })).toList();
            start.countDown();
            responses = answers.stream().map(CommunityE2EIT::join).toList();
        } finally {
            racers.shutdownNow();
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.describe()).isEqualTo(200));
        List<String> attending = userIdsWithStatus(responses, "ATTENDING");
        List<String> waitlisted = userIdsWithStatus(responses, "WAITLISTED");
        assertThat(attending).hasSize(SEATS).doesNotHaveDuplicates();
        assertThat(waitlisted).hasSize(STUDENTS - SEATS).doesNotHaveDuplicates();
        Http.Response full = gateway.get("/api/events/" + eventId, alumnus.token());
        assertThat(full.json().path("attendingCount").asLong()).isEqualTo(SEATS);
        assertThat(full.json().path("waitlistCount").asLong()).isEqualTo(STUDENTS - SEATS);
        assertThat(attendeeIds("ATTENDING")).containsExactlyInAnyOrderElementsOf(attending);
        List<String> queue = attendeeIds("WAITLISTED");
        assertThat(queue).containsExactlyInAnyOrderElementsOf(waitlisted);

        // answers come back in the students' order; students 0 and 1 keep their seats for the recommendation test
        int leavingIndex = STUDENTS - 1;
        while (leavingIndex < 2 || !responses.get(leavingIndex).json().path("status").asString().equals("ATTENDING")) {
            leavingIndex--;
        }
        Accounts.User leaving = students.get(leavingIndex);
        String leaver = responses.get(leavingIndex).json().path("userId").asString();
        Http.Response left = gateway.post("/api/events/" + eventId + "/rsvp", Map.of("status", "NOT_ATTENDING"),
                leaving.token());
        assertThat(left.status()).as(left.describe()).isEqualTo(200);

        Http.Response after = gateway.get("/api/events/" + eventId, alumnus.token());
        assertThat(after.json().path("attendingCount").asLong()).isEqualTo(SEATS);
        assertThat(after.json().path("waitlistCount").asLong()).isEqualTo(STUDENTS - SEATS - 1);
        List<String> nowAttending = attendeeIds("ATTENDING");
        List<String> promoted = nowAttending.stream().filter(id -> !attending.contains(id)).toList();
        assertThat(promoted).as("promoted from the waitlist").containsExactly(queue.get(0));
        assertThat(nowAttending).hasSize(SEATS).doesNotContain(leaver);
        assertThat(attendeeIds("WAITLISTED")).containsExactlyElementsOf(queue.subList(1, queue.size()));
        Http.Response notAllowed = gateway.get("/api/events/" + eventId + "/attendees", leaving.token());
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

        List<Accounts.User> likers = students.subList(0, 5);
        List<CompletableFuture<Http.Response>> likes = new ArrayList<>();
        for (Accounts.User student : likers) {
            for (int i = 0; i < 2; i++) {
                likes.add(CompletableFuture.supplyAsync(() -> gateway.post("/api/forum/posts/" + postId + "/like",
                        null, student.token())));
            }
        }
        likes.forEach(CompletableFuture::join);

        Http.Response read = gateway.get("/api/forum/posts/" + postId, students.get(0).token());
        assertThat(read.status()).as(read.describe()).isEqualTo(200);
        assertThat(read.json().path("content").asString()).doesNotContain("<script", "evil").contains("<b>daily</b>");
        assertThat(read.json().path("likesCount").asLong()).isEqualTo(likers.size());
        assertThat(read.json().path("liked").asBoolean()).isTrue();
        eventually(() -> {
            Http.Response listed = gateway.get("/api/forum/posts?tag=career", students.get(1).token());
            assertThat(listed.json().path("items").findValuesAsString("id")).contains(postId);
        });
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

        eventually(() -> {
            Http.Response trending = gateway.get("/api/capsules/trending", students.get(0).token());

            assertThat(trending.status()).as(trending.describe()).isEqualTo(200);
            List<String> ids = trending.json().path("items").findValuesAsString("id");
            assertThat(ids).contains(liked, quiet);
            assertThat(ids.indexOf(liked)).isLessThan(ids.indexOf(quiet));
        });
    }

    @Test
    @Order(7)
    void recommendationsFollowCoEngagementAndNeverOfferWhatWasAnsweredOrRemoved() {
        Http.Response created = gateway.post("/api/events/create", event("Kafka workshop", Duration.ofDays(7)),
                alumnus.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        String workshop = created.json().path("id").asString();
        Accounts.User me = students.get(1);
        // someone who shares my mixer RSVP goes to the workshop: that is the collaborative signal
        assertThat(gateway.post("/api/events/" + workshop + "/rsvp", Map.of("status", "MAYBE"),
                students.get(0).token()).status()).isEqualTo(200);

        eventually(() -> {
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
        });
    }

    @Test
    @Order(8)
    void eachAttendeeIsRemindedExactlyOnceWhileTwoReplicasSweep() {
        ServiceReplica replica = secondReplica.join();
        // starts within the stack's reminder lead time (24 h): due at the next sweep of either replica
        Http.Response created = gateway.post("/api/events/create", event("Reunion tonight", Duration.ofHours(3)),
                alumnus.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        String reunion = created.json().path("id").asString();
        List<String> attendees = new ArrayList<>();
        for (Accounts.User student : students.subList(0, SEATS)) {
            Http.Response answer = gateway.post("/api/events/" + reunion + "/rsvp", Map.of("status", "ATTENDING"),
                    student.token());
            assertThat(answer.json().path("status").asString()).as(answer.describe()).isEqualTo("ATTENDING");
            attendees.add(answer.json().path("userId").asString());
        }

        // once all ten are out, keep reading through several more sweeps of both replicas for a second copy
        List<ConsumerRecord<String, String>> reminders = TopicReader.read(shared.kafkaBootstrapServers(),
                "portal.community", r -> reunion.equals(r.key()) && r.value().contains("\"event.reminder.v1\""),
                SEATS, Duration.ofMinutes(3), Duration.ofSeconds(30));

        List<String> reminded = reminders.stream().map(r -> JSON.readTree(r.value()).path("data").path("userId")
                .asString()).toList();
        assertThat(reminded).as("one reminder per attendee").containsExactlyInAnyOrderElementsOf(attendees);
        assertThat(replica.isAlive()).as("the second replica ran throughout").isTrue();
        assertThat(communityInstancesUp()).as("community-service instances UP in Eureka").isEqualTo(2);
    }

    private static List<String> userIdsWithStatus(List<Http.Response> answers, String status) {
        return answers.stream().filter(r -> r.json().path("status").asString().equals(status))
                .map(r -> r.json().path("userId").asString()).toList();
    }

    /** The event's people with this answer, in the service's order (the waitlist's is its queue). */
    private static List<String> attendeeIds(String status) {
        Http.Response page = gateway.get("/api/events/" + eventId + "/attendees?status=" + status + "&size=100",
                alumnus.token());
        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        return page.json().path("items").findValuesAsString("userId");
    }

    private static int communityInstancesUp() {
        Http.Response apps = new Http(shared.discoveryUrl()).withHeader("Accept", "application/json")
                .get("/eureka/apps/COMMUNITY-SERVICE", null);
        if (apps.status() != 200) {
            return 0;
        }
        JsonNode instances = apps.json().path("application").path("instance");
        int up = 0;
        for (JsonNode instance : instances.isArray() ? instances : List.of(instances)) {
            if (instance.path("status").asString().equals("UP")) {
                up++;
            }
        }
        return up;
    }

    /** A list read that another replica may serve before its next index resync. */
    private static void eventually(org.awaitility.core.ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(assertion);
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new AssertionError("an RSVP did not complete", e);
        }
    }

    private static String createCapsule(String title) {
        Http.Response created = gateway.post("/api/capsules/create", capsule(title), alumnus.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static Map<String, Object> event(String title, Duration startsIn) {
        Instant start = Instant.now().plus(startsIn).truncatedTo(ChronoUnit.SECONDS);
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
