package org.alumniportal.mentorship.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.mentorship.testing.MentorshipIntegrationTest;
import org.alumniportal.platform.events.mentorship.MentorRegistered;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class MentorsIT extends MentorshipIntegrationTest {

    @Test
    void anAlumnusRegistersOnceWithNormalisedExpertiseAndIsReadableByTheirUserId() {
        String mentorId = newId("alumnus");
        String mentor = bearer(mentorId, "ALUMNI");

        Api.Response registered = api.post("/api/mentors/register",
                mentorBody(List.of("js", " java ", "apache kafka", "JS"), 3), mentor);

        assertThat(registered.status()).as(registered.describe()).isEqualTo(201);
        assertThat(registered.header("Location")).endsWith("/api/mentors/" + mentorId);
        assertThat(registered.json().path("userId").asString()).isEqualTo(mentorId);
        assertThat(registered.json().path("expertiseAreas").valueStream().map(JsonNode::asString))
                .containsExactly("JavaScript", "Java", "Kafka");

        JsonNode read = api.get("/api/mentors/" + mentorId, bearer(newId("student"), "STUDENT")).json();
        assertThat(read.path("maxMentees").asInt()).isEqualTo(3);
        assertThat(read.path("currentMentees").asInt()).isZero();
        assertThat(read.path("totalSessions").asInt()).isZero();
        assertThat(read.path("available").asBoolean()).isTrue();
        assertThat(read.path("rating").isNull()).isTrue();
        assertThat(read.path("availability").get(0).path("day").asString()).isEqualTo("MONDAY");
        assertThat(read.path("name").asString()).isEqualTo("Name of " + mentorId);

        Api.Response again = api.post("/api/mentors/register", mentorBody(List.of("Go"), 2), mentor);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("already-mentor");

        assertThat(mentorshipEvents(mentorId, MentorRegistered.TYPE, 1).get(0).value())
                .contains("\"maxMentees\":3").contains("\"JavaScript\"");
    }

    @Test
    void onlyAlumniRegister() {
        Api.Response byStudent = api.post("/api/mentors/register", mentorBody(List.of("Java"), 2),
                bearer(newId("student"), "STUDENT"));

        assertThat(byStudent.status()).isEqualTo(403);
        assertThat(byStudent.problemType()).isEqualTo("forbidden");
    }

    @Test
    void badInputIsAProblemWithFieldErrors() {
        Map<String, Object> body = mentorBody(List.of(), 21);
        body.put("availability", List.of(Map.of("day", "FUNDAY", "start", "18:00", "end", "20:00")));
        Api.Response bad = api.post("/api/mentors/register", mentorBody(List.of(), 0), bearer(newId("a"), "ALUMNI"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemType()).isEqualTo("validation");
        assertThat(bad.json().path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("expertiseAreas", "maxMentees");

        Map<String, Object> backwards = mentorBody(List.of("Java"), 2);
        backwards.put("availability", List.of(Map.of("day", "MONDAY", "start", "20:00", "end", "18:00")));
        Api.Response reversed = api.post("/api/mentors/register", backwards, bearer(newId("a"), "ALUMNI"));
        assertThat(reversed.status()).isEqualTo(400);

        Api.Response badDay = api.post("/api/mentors/register", body, bearer(newId("a"), "ALUMNI"));
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theListFiltersByExpertiseRatingAndAvailabilityAndPages() {
        String topic = uniqueSkill();
        String open = newId("open");
        String closed = newId("closed");
        String other = newId("other");
        registerMentor(open, List.of(topic, "Java"), 2);
        String closedBearer = registerMentor(closed, List.of(topic), 2);
        registerMentor(other, List.of("Java"), 2);
        api.put("/api/mentors/availability", Map.of("available", false), closedBearer);
        String student = bearer(newId("student"), "STUDENT");

        assertThat(ids(api.get("/api/mentors?expertise=" + topic.toLowerCase(), student)))
                .containsExactlyInAnyOrder(open, closed);
        assertThat(ids(api.get("/api/mentors?expertise=" + topic + ",java", student))).containsExactly(open);
        assertThat(ids(api.get("/api/mentors?expertise=" + topic + "&available=true", student)))
                .containsExactly(open);
        assertThat(ids(api.get("/api/mentors?expertise=" + topic + "&available=false", student)))
                .containsExactly(closed);
        assertThat(ids(api.get("/api/mentors?expertise=" + topic + "&minRating=1", student))).isEmpty();

        JsonNode firstPage = api.get("/api/mentors?expertise=" + topic + "&size=1", student).json();
        assertThat(firstPage.path("items").size()).isEqualTo(1);
        assertThat(firstPage.path("totalElements").asLong()).isEqualTo(2);
        assertThat(firstPage.path("totalPages").asLong()).isEqualTo(2);
        assertThat(firstPage.path("size").asInt()).isEqualTo(1);

        Api.Response badRating = api.get("/api/mentors?minRating=9", student);
        assertThat(badRating.status()).isEqualTo(400);
    }

    @Test
    void aMentorSwitchesOffAndChangesTheirProfile() {
        String mentorId = newId("alumnus");
        String mentor = registerMentor(mentorId, List.of("Java"), 2);

        Api.Response off = api.put("/api/mentors/availability", Map.of("available", false), mentor);
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().path("available").asBoolean()).isFalse();

        Api.Response changed = api.put("/api/mentors/profile", mentorBody(List.of("golang", "Docker"), 5), mentor);
        assertThat(changed.status()).as(changed.describe()).isEqualTo(200);
        assertThat(changed.json().path("expertiseAreas").valueStream().map(JsonNode::asString))
                .containsExactly("Go", "Docker");
        assertThat(changed.json().path("maxMentees").asInt()).isEqualTo(5);
        assertThat(changed.json().path("freePlaces").asInt()).isEqualTo(5);
        assertThat(api.get("/api/mentors/" + mentorId, mentor).json().path("maxMentees").asInt()).isEqualTo(5);

        Api.Response notAMentor = api.put("/api/mentors/availability", Map.of("available", true),
                bearer(newId("alumnus"), "ALUMNI"));
        assertThat(notAMentor.status()).isEqualTo(404);
        assertThat(api.get("/api/mentors/" + newId("nobody"), mentor).problemType()).isEqualTo("not-found");
    }

    @Test
    void maxMenteesCannotDropBelowTheCurrentMentees() {
        String mentorId = newId("alumnus");
        String mentor = registerMentor(mentorId, List.of("Java"), 3);
        activeMentorship(mentorId, mentor, bearer(newId("student"), "STUDENT"));
        activeMentorship(mentorId, mentor, bearer(newId("student"), "STUDENT"));

        Api.Response tooLow = api.put("/api/mentors/profile", mentorBody(List.of("Java"), 1), mentor);

        assertThat(tooLow.status()).isEqualTo(409);
        assertThat(tooLow.problemType()).isEqualTo("max-below-current");
        Api.Response exact = api.put("/api/mentors/profile", mentorBody(List.of("Java"), 2), mentor);
        assertThat(exact.json().path("freePlaces").asInt()).isZero();
        assertThat(exact.json().path("currentMentees").asInt()).isEqualTo(2);
    }

    private static List<String> ids(Api.Response page) {
        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        return page.json().path("items").valueStream().map(m -> m.path("userId").asString()).toList();
    }
}
