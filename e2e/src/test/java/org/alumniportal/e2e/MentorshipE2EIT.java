package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The mentorship issue's "done when", through the gateway against real Keycloak accounts: an alumnus registers
 * as mentor, a student requests, the mentor accepts, they schedule, complete and rate a session and the mentor's
 * rating follows; a third user can neither read nor change the session; a second feedback is refused; concurrent
 * accepts for a mentor's last place let exactly one through; suggestions rank matching expertise first and skip
 * a full mentor. The tests build on each other in order.
 */
@Order(4)
@ExtendWith(SharedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MentorshipE2EIT {

    /** An expertise nobody else in the run has, so lists and suggestions see only this class's mentors. */
    private static final String SKILL = "Loom" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
    private static final int RACERS = 4;

    private static Http gateway;
    private static Accounts.User mentor;
    private static Accounts.User otherMentor;
    private static Accounts.User busyMentor;
    private static Accounts.User mentee;
    private static Accounts.User seeker;
    private static List<Accounts.User> racers;
    private static String mentorshipId;
    private static String sessionId;

    @BeforeAll
    static void registerTheCast(SharedStack stack) {
        gateway = stack.gateway();
        Accounts accounts = stack.accounts();
        mentor = accounts.registerVerified("ALUMNI", "Margaret Mentor");
        otherMentor = accounts.registerVerified("ALUMNI", "Oscar Otherfield");
        busyMentor = accounts.registerVerified("ALUMNI", "Bea Busy");
        mentee = accounts.registerVerified("STUDENT", "Mia Mentee");
        seeker = accounts.registerVerified("STUDENT", "Sid Seeker");
        racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(accounts.registerVerified("STUDENT", "Rae Racer"));
        }
    }

    @Test
    @Order(1)
    void anAlumnusRegistersAsMentorAndAStudentCannot() {
        Http.Response registered = gateway.post("/api/mentors/register",
                mentorBody(List.of(SKILL, "java"), 3), mentor.token());
        assertThat(registered.status()).as(registered.describe()).isEqualTo(201);
        assertThat(registered.json().path("userId").asString()).isEqualTo(mentor.id());
        assertThat(texts(registered.json().path("expertiseAreas"))).containsExactly(SKILL, "Java");

        Http.Response second = gateway.post("/api/mentors/register", mentorBody(List.of("Go"), 2), mentor.token());
        assertThat(second.status()).as(second.describe()).isEqualTo(409);
        assertThat(second.problemSlug()).isEqualTo("already-mentor");

        Http.Response byStudent = gateway.post("/api/mentors/register", mentorBody(List.of("Go"), 2),
                mentee.token());
        assertThat(byStudent.status()).as(byStudent.describe()).isEqualTo(403);

        assertThat(gateway.post("/api/mentors/register", mentorBody(List.of("Go", "Docker"), 2),
                otherMentor.token()).status()).isEqualTo(201);
        assertThat(gateway.post("/api/mentors/register", mentorBody(List.of(SKILL, "Java"), 1),
                busyMentor.token()).status()).isEqualTo(201);

        Http.Response listed = gateway.get("/api/mentors?expertise=" + SKILL, mentee.token());
        assertThat(listed.status()).as(listed.describe()).isEqualTo(200);
        assertThat(ids(listed.json().path("items"), "userId")).containsExactlyInAnyOrder(mentor.id(), busyMentor.id());
    }

    @Test
    @Order(2)
    void aStudentRequestsAndTheMentorAccepts() {
        Http.Response requested = gateway.post("/api/mentorship/request",
                Map.of("mentorId", mentor.id(), "message", "Teach me to weave code"), mentee.token());
        assertThat(requested.status()).as(requested.describe()).isEqualTo(201);
        assertThat(requested.json().path("status").asString()).isEqualTo("PENDING");
        mentorshipId = requested.json().path("id").asString();

        Http.Response again = gateway.post("/api/mentorship/request", Map.of("mentorId", mentor.id()),
                mentee.token());
        assertThat(again.status()).as(again.describe()).isEqualTo(409);

        Http.Response byOther = gateway.post("/api/mentorship/" + mentorshipId + "/accept", null,
                otherMentor.token());
        assertThat(byOther.status()).as(byOther.describe()).isEqualTo(404); // not theirs to see: as if unknown

        Http.Response accepted = gateway.post("/api/mentorship/" + mentorshipId + "/accept", null, mentor.token());
        assertThat(accepted.status()).as(accepted.describe()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(ids(gateway.get("/api/mentorship/active", mentee.token()).json().path("items"), "id"))
                .containsExactly(mentorshipId);
    }

    @Test
    @Order(3)
    void theyScheduleCompleteAndRateASessionAndTheMentorsRatingFollows() {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("scheduledAt", Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS).toString());
        session.put("durationMinutes", 45);
        session.put("meetingLink", "https://meet.example.com/loom");
        session.put("agenda", "First steps");
        Http.Response insecure = gateway.post("/api/mentorship/" + mentorshipId + "/schedule",
                withLink(session, "http://meet.example.com/loom"), mentee.token());
        assertThat(insecure.status()).as(insecure.describe()).isEqualTo(400);

        Http.Response scheduled = gateway.post("/api/mentorship/" + mentorshipId + "/schedule", session,
                mentee.token());
        assertThat(scheduled.status()).as(scheduled.describe()).isEqualTo(201);
        assertThat(scheduled.json().path("status").asString()).isEqualTo("SCHEDULED");
        sessionId = scheduled.json().path("id").asString();

        Http.Response completed = gateway.post("/api/mentorship/sessions/" + sessionId + "/complete", null,
                mentor.token());
        assertThat(completed.status()).as(completed.describe()).isEqualTo(200);
        assertThat(completed.json().path("status").asString()).isEqualTo("COMPLETED");

        Http.Response rated = gateway.post("/api/mentorship/sessions/" + sessionId + "/feedback",
                Map.of("rating", 5, "comment", "Clear and kind"), mentee.token());
        assertThat(rated.status()).as(rated.describe()).isEqualTo(200);

        JsonNode stats = gateway.get("/api/mentors/" + mentor.id(), mentee.token()).json();
        assertThat(stats.path("rating").asDouble()).isEqualTo(5.0);
        assertThat(stats.path("totalSessions").asInt()).isEqualTo(1);
        assertThat(stats.path("currentMentees").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aSecondFeedbackIsRefused() {
        Http.Response second = gateway.post("/api/mentorship/sessions/" + sessionId + "/feedback",
                Map.of("rating", 1), mentee.token());

        assertThat(second.status()).as(second.describe()).isEqualTo(409);
        assertThat(second.problemSlug()).isEqualTo("feedback-already-given");
        assertThat(gateway.get("/api/mentors/" + mentor.id(), mentee.token()).json().path("rating").asDouble())
                .isEqualTo(5.0);
    }

    @Test
    @Order(5)
    void toAThirdUserTheSessionDoesNotExist() {
        Accounts.User outsider = racers.get(0);

        Http.Response read = gateway.get("/api/mentorship/sessions/" + sessionId, outsider.token());
        assertThat(read.status()).as(read.describe()).isEqualTo(404);
        Http.Response edit = gateway.put("/api/mentorship/sessions/" + sessionId, Map.of("notes", "mine"),
                outsider.token());
        assertThat(edit.status()).as(edit.describe()).isEqualTo(404);
        Http.Response rate = gateway.post("/api/mentorship/sessions/" + sessionId + "/feedback", Map.of("rating", 1),
                outsider.token());
        assertThat(rate.status()).as(rate.describe()).isEqualTo(404);
        assertThat(gateway.get("/api/mentorship/sessions", outsider.token()).json().path("totalElements").asLong())
                .isZero();
        assertThat(gateway.get("/api/mentorship/sessions/" + sessionId, mentor.token()).status()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void concurrentAcceptsForTheLastPlaceLetExactlyOneThrough() throws Exception {
        List<String> requests = new ArrayList<>();
        for (Accounts.User racer : racers) {
            Http.Response requested = gateway.post("/api/mentorship/request", Map.of("mentorId", busyMentor.id()),
                    racer.token());
            assertThat(requested.status()).as(requested.describe()).isEqualTo(201);
            requests.add(requested.json().path("id").asString());
        }
        String token = busyMentor.token();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (String id : requests) {
            answers.add(pool.submit(() -> {
                start.await();
                return gateway.post("/api/mentorship/" + id + "/accept", null, token);
            }));
        }
        start.countDown();
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(requests.size() - 1)
                .allSatisfy(r -> assertThat(r.problemSlug()).isEqualTo("mentor-full"));
        JsonNode stats = gateway.get("/api/mentors/" + busyMentor.id(), token).json();
        assertThat(stats.path("currentMentees").asInt()).isEqualTo(1);
        assertThat(stats.path("maxMentees").asInt()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void suggestionsRankMatchingExpertiseFirstAndSkipAFullMentor() {
        for (String path : List.of("/api/matching/mentor-suggestions", "/api/mentorship/match-suggestions")) {
            Http.Response answer = gateway.post(path, Map.of("skills", List.of(SKILL.toLowerCase(), "Java"),
                    "interests", List.of("Docker")), seeker.token());
            assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
            List<String> ranked = ids(answer.json().path("suggestions"), "mentorId");
            assertThat(ranked).contains(mentor.id(), otherMentor.id()).doesNotContain(busyMentor.id());
            assertThat(ranked.indexOf(mentor.id())).isLessThan(ranked.indexOf(otherMentor.id()));
            JsonNode best = answer.json().path("suggestions").get(ranked.indexOf(mentor.id()));
            assertThat(texts(best.path("reasons")).get(0)).contains(SKILL);
        }
    }

    private static Map<String, Object> mentorBody(List<String> expertise, int maxMentees) {
        return Map.of("expertiseAreas", expertise, "maxMentees", maxMentees, "bio", "Weaving code since 1804");
    }

    private static Map<String, Object> withLink(Map<String, Object> session, String link) {
        Map<String, Object> copy = new LinkedHashMap<>(session);
        copy.put("meetingLink", link);
        return copy;
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path(field).asString()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }
}
