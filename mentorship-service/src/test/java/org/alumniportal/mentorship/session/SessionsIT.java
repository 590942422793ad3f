package org.alumniportal.mentorship.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.mentorship.testing.MentorshipIntegrationTest;
import org.alumniportal.platform.events.mentorship.SessionCancelled;
import org.alumniportal.platform.events.mentorship.SessionCompleted;
import org.alumniportal.platform.events.mentorship.SessionFeedbackGiven;
import org.alumniportal.platform.events.mentorship.SessionReminder;
import org.alumniportal.platform.events.mentorship.SessionScheduled;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class SessionsIT extends MentorshipIntegrationTest {

    @Autowired
    SessionReminders reminders;

    private String mentorId;
    private String mentor;
    private String studentId;
    private String student;
    private String mentorshipId;
    private Instant tomorrow;

    @BeforeEach
    void anActiveMentorship() {
        mentorId = newId("alumnus");
        mentor = registerMentor(mentorId, List.of("Java"), 3);
        studentId = newId("student");
        student = bearer(studentId, "STUDENT");
        mentorshipId = activeMentorship(mentorId, mentor, student);
        tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void scheduleCompleteAndRateOnceAndTheMentorsStatsFollow() {
        Api.Response scheduled = api.post("/api/mentorship/" + mentorshipId + "/schedule",
                session(tomorrow, 60), student);
        assertThat(scheduled.status()).as(scheduled.describe()).isEqualTo(201);
        String id = scheduled.json().path("id").asString();
        assertThat(scheduled.json().path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.json().path("mentorId").asString()).isEqualTo(mentorId);
        assertThat(scheduled.json().path("endsAt").asString()).isEqualTo(tomorrow.plusSeconds(3600).toString());

        Api.Response early = api.post("/api/mentorship/sessions/" + id + "/feedback", Map.of("rating", 5), student);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo("session-not-completed");

        Api.Response completed = api.post("/api/mentorship/sessions/" + id + "/complete", null, mentor);
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(api.post("/api/mentorship/sessions/" + id + "/complete", null, student).status()).isEqualTo(409);

        Api.Response byMentor = api.post("/api/mentorship/sessions/" + id + "/feedback", Map.of("rating", 5), mentor);
        assertThat(byMentor.status()).isEqualTo(403);
        Api.Response rated = api.post("/api/mentorship/sessions/" + id + "/feedback",
                Map.of("rating", 4, "comment", "Very helpful"), student);
        assertThat(rated.status()).as(rated.describe()).isEqualTo(200);
        assertThat(rated.json().path("feedback").path("rating").asInt()).isEqualTo(4);

        Api.Response second = api.post("/api/mentorship/sessions/" + id + "/feedback", Map.of("rating", 1), student);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("feedback-already-given");

        JsonNode stats = api.get("/api/mentors/" + mentorId, student).json();
        assertThat(stats.path("rating").asDouble()).isEqualTo(4.0);
        assertThat(stats.path("totalSessions").asInt()).isEqualTo(1);

        assertThat(mentorshipEvents(id, SessionScheduled.TYPE, 1).get(0).value())
                .contains("\"menteeId\":\"" + studentId + "\"").contains("\"scheduledBy\":\"" + studentId + "\"");
        assertThat(mentorshipEvents(id, SessionCompleted.TYPE, 1)).hasSize(1);
        assertThat(mentorshipEvents(id, SessionFeedbackGiven.TYPE, 1).get(0).value()).contains("\"rating\":4");
    }

    @Test
    void theRatingIsTheMeanOfAllFeedback() {
        for (int rating : new int[] {5, 2}) {
            String id = api.post("/api/mentorship/" + mentorshipId + "/schedule", session(tomorrow, 30), mentor)
                    .json().path("id").asString();
            api.post("/api/mentorship/sessions/" + id + "/complete", null, student);
            api.post("/api/mentorship/sessions/" + id + "/feedback", Map.of("rating", rating), student);
            tomorrow = tomorrow.plus(Duration.ofHours(1));
        }

        JsonNode stats = api.get("/api/mentors/" + mentorId, student).json();
        assertThat(stats.path("rating").asDouble()).isEqualTo(3.5);
        assertThat(stats.path("ratingCount").asInt()).isEqualTo(2);
        assertThat(stats.path("totalSessions").asInt()).isEqualTo(2);
    }

    @Test
    void theMentorCannotBeInTwoSessionsAtOnceEvenAcrossMentorships() {
        api.post("/api/mentorship/" + mentorshipId + "/schedule", session(tomorrow, 60), student);
        String otherStudent = bearer(newId("student"), "STUDENT");
        String other = activeMentorship(mentorId, mentor, otherStudent);

        Api.Response clash = api.post("/api/mentorship/" + other + "/schedule",
                session(tomorrow.plus(Duration.ofMinutes(30)), 60), otherStudent);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.problemType()).isEqualTo("session-overlap");

        Api.Response rightAfter = api.post("/api/mentorship/" + other + "/schedule",
                session(tomorrow.plus(Duration.ofMinutes(60)), 60), otherStudent);
        assertThat(rightAfter.status()).isEqualTo(201);
    }

    @Test
    void badInputIsRefusedWithFieldErrors() {
        Map<String, Object> http = session(tomorrow, 60);
        http.put("meetingLink", "http://meet.example.com/x");
        Api.Response insecure = api.post("/api/mentorship/" + mentorshipId + "/schedule", http, student);
        assertThat(insecure.status()).isEqualTo(400);
        assertThat(insecure.problemType()).isEqualTo("validation");
        assertThat(insecure.json().path("errors").get(0).path("field").asString()).isEqualTo("meetingLink");

        Api.Response past = api.post("/api/mentorship/" + mentorshipId + "/schedule",
                session(Instant.now().minus(Duration.ofHours(1)), 5), student);
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("scheduledAt", "durationMinutes");

        Map<String, Object> garbled = session(tomorrow, 60);
        garbled.put("scheduledAt", "next tuesday");
        assertThat(api.post("/api/mentorship/" + mentorshipId + "/schedule", garbled, student).status())
                .isEqualTo(400);
        assertThat(api.post("/api/mentorship/sessions/x/feedback", Map.of("rating", 6), student).status())
                .isEqualTo(400);
    }

    @Test
    void aThirdPersonCanNeitherSeeNorTouchTheSessions() {
        String id = api.post("/api/mentorship/" + mentorshipId + "/schedule", session(tomorrow, 60), student)
                .json().path("id").asString();
        String outsider = bearer(newId("outsider"), "STUDENT");

        // to an outsider the session and the mentorship do not exist: the same 404 as for unknown ids
        Api.Response unknown = api.get("/api/mentorship/sessions/" + newId("none"), outsider);
        Api.Response read = api.get("/api/mentorship/sessions/" + id, outsider);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.problemType()).isEqualTo("not-found");
        assertThat(read.json().path("title")).isEqualTo(unknown.json().path("title"));
        assertThat(api.put("/api/mentorship/sessions/" + id, Map.of("notes", "mine now"), outsider).status())
                .isEqualTo(404);
        assertThat(api.post("/api/mentorship/sessions/" + id + "/complete", null, outsider).status()).isEqualTo(404);
        assertThat(api.post("/api/mentorship/sessions/" + id + "/cancel", null, outsider).status()).isEqualTo(404);
        Api.Response schedule = api.post("/api/mentorship/" + mentorshipId + "/schedule",
                session(tomorrow.plusSeconds(7200), 30), outsider);
        assertThat(schedule.status()).isEqualTo(404);
        assertThat(schedule.problemType()).isEqualTo("not-found");
        assertThat(api.get("/api/mentorship/sessions", outsider).json().path("totalElements").asLong()).isZero();

        assertThat(api.get("/api/mentorship/sessions/" + id, student).json().path("notes").isNull()).isTrue();
    }

    @Test
    void anAdminReadsAndCancelsASessionAndTheActionIsAudited() {
        String id = api.post("/api/mentorship/" + mentorshipId + "/schedule", session(tomorrow, 60), student)
                .json().path("id").asString();
        String adminId = newId("admin");
        String admin = bearer(adminId, "ADMIN");

        assertThat(api.get("/api/mentorship/sessions/" + id, admin).status()).isEqualTo(200);
        Api.Response cancelled = api.post("/api/mentorship/sessions/" + id + "/cancel",
                Map.of("reason", "Reported abuse"), admin);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(TopicRecords.await(PortalInfrastructure.shared().kafkaBootstrapServers(), Topics.ADMIN,
                r -> adminId.equals(r.key()) && r.value().contains("\"type\":\"admin.action.v1\""), 1,
                Duration.ofSeconds(30)).get(0).value()).contains("session.cancel").contains(id);
    }

    @Test
    void rescheduleTakeNotesCancelAndListMine() {
        String id = api.post("/api/mentorship/" + mentorshipId + "/schedule", session(tomorrow, 60), student)
                .json().path("id").asString();
        Instant later = tomorrow.plus(Duration.ofDays(2));

        Api.Response moved = api.put("/api/mentorship/sessions/" + id,
                Map.of("scheduledAt", later.toString(), "notes", "Bring the CV"), mentor);
        assertThat(moved.status()).as(moved.describe()).isEqualTo(200);
        assertThat(moved.json().path("scheduledAt").asString()).isEqualTo(later.toString());
        assertThat(moved.json().path("notes").asString()).isEqualTo("Bring the CV");
        assertThat(mentorshipEvents(id, SessionScheduled.TYPE, 2)).hasSize(2);

        JsonNode mine = api.get("/api/mentorship/sessions?upcoming=true", student).json();
        assertThat(mine.path("items").valueStream().map(s -> s.path("id").asString())).containsExactly(id);

        Api.Response cancelled = api.post("/api/mentorship/sessions/" + id + "/cancel", Map.of("reason", "Ill"),
                student);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(api.put("/api/mentorship/sessions/" + id, Map.of("scheduledAt", later.toString()), mentor)
                .problemType()).isEqualTo("session-not-scheduled");
        assertThat(api.get("/api/mentorship/sessions?upcoming=true", student).json().path("totalElements").asLong())
                .isZero();
        assertThat(api.get("/api/mentorship/sessions?status=CANCELLED", mentor).json().path("totalElements")
                .asLong()).isEqualTo(1);
        assertThat(mentorshipEvents(id, SessionCancelled.TYPE, 1).get(0).value()).contains("Ill");
    }

    @Test
    void anEndedMentorshipTakesNoNewSessions() {
        api.post("/api/mentorship/" + mentorshipId + "/end", null, mentor);

        Api.Response refused = api.post("/api/mentorship/" + mentorshipId + "/schedule", session(tomorrow, 60),
                student);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("mentorship-not-active");
    }

    @Test
    void aSessionStartingWithinTheLeadTimeIsReminded() {
        Instant soon = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        String id = api.post("/api/mentorship/" + mentorshipId + "/schedule", session(soon, 30), student)
                .json().path("id").asString();

        reminders.remindDue();

        assertThat(mentorshipEvents(id, SessionReminder.TYPE, 1).get(0).value())
                .contains("\"mentorId\":\"" + mentorId + "\"").contains("\"menteeId\":\"" + studentId + "\"");
        assertThat(api.get("/api/mentorship/sessions/" + id, student).status()).isEqualTo(200);
    }

    private static Map<String, Object> session(Instant at, int minutes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scheduledAt", at.toString());
        body.put("durationMinutes", minutes);
        body.put("meetingLink", "https://meet.example.com/abc-defg");
        body.put("agenda", "CV review");
        return body;
    }
}
