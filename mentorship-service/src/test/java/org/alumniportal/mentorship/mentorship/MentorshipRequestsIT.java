package org.alumniportal.mentorship.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.mentorship.testing.MentorshipIntegrationTest;
import org.alumniportal.platform.events.mentorship.MentorshipAccepted;
import org.alumniportal.platform.events.mentorship.MentorshipEnded;
import org.alumniportal.platform.events.mentorship.MentorshipRejected;
import org.alumniportal.platform.events.mentorship.MentorshipRequested;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MentorshipRequestsIT extends MentorshipIntegrationTest {

    private String mentorId;
    private String mentor;
    private String studentId;
    private String student;

    @BeforeEach
    void aMentorAndAStudent() {
        mentorId = newId("alumnus");
        mentor = registerMentor(mentorId, List.of("Java"), 2);
        studentId = newId("student");
        student = bearer(studentId, "STUDENT");
    }

    @Test
    void aStudentRequestsOnceTheMentorAcceptsAndBothSeeTheActiveMentorship() {
        Api.Response requested = api.post("/api/mentorship/request",
                Map.of("mentorId", mentorId, "message", "Help me with Java"), student);
        assertThat(requested.status()).as(requested.describe()).isEqualTo(201);
        String id = requested.json().path("id").asString();
        assertThat(requested.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(requested.json().path("menteeId").asString()).isEqualTo(studentId);

        Api.Response again = api.post("/api/mentorship/request", Map.of("mentorId", mentorId), student);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("request-already-open");

        assertThat(ids(api.get("/api/mentorship/requests/received", mentor))).containsExactly(id);
        assertThat(ids(api.get("/api/mentorship/requests/sent", student))).containsExactly(id);

        Api.Response accepted = api.post("/api/mentorship/" + id + "/accept", null, mentor);
        assertThat(accepted.status()).as(accepted.describe()).isEqualTo(200);
        assertThat(accepted.json().path("id").asString()).isEqualTo(id);
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(ids(api.get("/api/mentorship/active", mentor))).containsExactly(id);
        assertThat(ids(api.get("/api/mentorship/active", student))).containsExactly(id);
        assertThat(api.get("/api/mentors/" + mentorId, student).json().path("currentMentees").asInt()).isEqualTo(1);

        Api.Response twice = api.post("/api/mentorship/" + id + "/accept", null, mentor);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemType()).isEqualTo("request-not-pending");

        assertThat(mentorshipEvents(id, MentorshipRequested.TYPE, 1).get(0).value())
                .contains(mentorId).contains(studentId);
        assertThat(mentorshipEvents(id, MentorshipAccepted.TYPE, 1).get(0).value())
                .contains("\"menteeId\":\"" + studentId + "\"");
    }

    @Test
    void onlyTheAddressedMentorDecidesAndOnlyStudentsRequest() {
        String id = request(mentorId, student);

        // a stranger cannot see the request: the same 404 as for one that does not exist; its mentee can, so 403
        Api.Response byOther = api.post("/api/mentorship/" + id + "/accept", null, bearer(newId("a"), "ALUMNI"));
        assertThat(byOther.status()).isEqualTo(404);
        assertThat(byOther.problemType()).isEqualTo("not-found");
        Api.Response byMentee = api.post("/api/mentorship/" + id + "/reject", null, student);
        assertThat(byMentee.status()).isEqualTo(403);
        assertThat(byMentee.problemType()).isEqualTo("forbidden");
        Api.Response readByStranger = api.get("/api/mentorship/" + id, bearer(newId("x"), "STUDENT"));
        assertThat(readByStranger.status()).isEqualTo(404);
        assertThat(readByStranger.problemType()).isEqualTo("not-found");

        Api.Response byAlumnus = api.post("/api/mentorship/request", Map.of("mentorId", mentorId),
                bearer(newId("a"), "ALUMNI"));
        assertThat(byAlumnus.status()).isEqualTo(403);
        assertThat(byAlumnus.problemType()).isEqualTo("forbidden");

        Api.Response unknown = api.post("/api/mentorship/" + newId("nope") + "/accept", null, mentor);
        assertThat(unknown.status()).isEqualTo(404);
        Api.Response noMentor = api.post("/api/mentorship/request", Map.of("mentorId", newId("nobody")), student);
        assertThat(noMentor.status()).isEqualTo(404);
        assertThat(noMentor.problemType()).isEqualTo("not-found");
        Api.Response blank = api.post("/api/mentorship/request", Map.of("message", "hi"), student);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").get(0).path("field").asString()).isEqualTo("mentorId");
    }

    @Test
    void aRejectedRequestCarriesTheReasonAndFreesTheWayForANewOne() {
        String id = request(mentorId, student);

        Api.Response rejected = api.post("/api/mentorship/" + id + "/reject", Map.of("reason", "Too busy"), mentor);

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().path("rejectionReason").asString()).isEqualTo("Too busy");
        assertThat(api.post("/api/mentorship/" + id + "/accept", null, mentor).status()).isEqualTo(409);
        assertThat(mentorshipEvents(id, MentorshipRejected.TYPE, 1).get(0).value()).contains("Too busy");
        request(mentorId, student);
    }

    @Test
    void aFullOrSwitchedOffMentorIsRefusedWithTheReason() {
        activeMentorship(mentorId, mentor, bearer(newId("student"), "STUDENT"));
        activeMentorship(mentorId, mentor, bearer(newId("student"), "STUDENT"));

        Api.Response full = api.post("/api/mentorship/request", Map.of("mentorId", mentorId), student);
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.problemType()).isEqualTo("mentor-full");
        assertThat(full.json().path("maxMentees").asInt()).isEqualTo(2);

        String otherId = newId("alumnus");
        String other = registerMentor(otherId, List.of("Go"), 2);
        api.put("/api/mentors/availability", Map.of("available", false), other);
        Api.Response off = api.post("/api/mentorship/request", Map.of("mentorId", otherId), student);
        assertThat(off.status()).isEqualTo(409);
        assertThat(off.problemType()).isEqualTo("mentor-unavailable");
    }

    @Test
    void eitherPersonEndsTheMentorshipAndThePlaceIsFreeAgain() {
        String id = activeMentorship(mentorId, mentor, student);

        assertThat(api.post("/api/mentorship/" + id + "/end", null, bearer(newId("x"), "STUDENT")).status())
                .isEqualTo(404);
        Api.Response ended = api.post("/api/mentorship/" + id + "/end", null, student);

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().path("status").asString()).isEqualTo("ENDED");
        assertThat(ended.json().path("endedBy").asString()).isEqualTo(studentId);
        assertThat(api.get("/api/mentors/" + mentorId, student).json().path("currentMentees").asInt()).isZero();
        assertThat(api.post("/api/mentorship/" + id + "/end", null, mentor).problemType())
                .isEqualTo("mentorship-not-active");
        assertThat(ids(api.get("/api/mentorship/active", student))).isEmpty();
        assertThat(mentorshipEvents(id, MentorshipEnded.TYPE, 1).get(0).value())
                .contains("\"endedBy\":\"" + studentId + "\"");
    }

    private static List<String> ids(Api.Response page) {
        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        return page.json().path("items").valueStream().map(m -> m.path("id").asString()).toList();
    }
}
