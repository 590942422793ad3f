package org.alumniportal.mentorship.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.alumniportal.mentorship.people.People;
import org.alumniportal.platform.test.Api;
import org.alumniportal.mentorship.testing.MentorshipIntegrationTest;
import org.alumniportal.mentorship.testing.PortalEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.JsonNode;

class MatchingIT extends MentorshipIntegrationTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    People people;

    @Test
    void aMentorWithMatchingExpertiseRanksFirstAndFullOrChosenMentorsAreSkipped() {
        String topic = uniqueSkill();
        String close = newId("close");
        String broad = newId("broad");
        String full = newId("full");
        String chosen = newId("chosen");
        String unrelated = newId("unrelated");
        registerMentor(close, List.of(topic, "Java"), 2);
        registerMentor(broad, List.of(topic, "Go", "Rust", "Docker", "AWS"), 2);
        String fullBearer = registerMentor(full, List.of(topic, "Java"), 1);
        activeMentorship(full, fullBearer, bearer(newId("student"), "STUDENT"));
        registerMentor(chosen, List.of(topic, "Java"), 2);
        registerMentor(unrelated, List.of("Cobol" + topic), 2);
        String student = bearer(newId("student"), "STUDENT");
        request(chosen, student);

        for (String path : List.of("/api/matching/mentor-suggestions", "/api/mentorship/match-suggestions")) {
            Api.Response answer = api.post(path, Map.of("skills", List.of(topic.toLowerCase(), "java")), student);
            assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
            JsonNode suggestions = answer.json().path("suggestions");
            assertThat(suggestions.valueStream().map(s -> s.path("mentorId").asString()).toList())
                    .startsWith(close, broad)
                    .doesNotContain(full, chosen, unrelated);
            JsonNode best = suggestions.get(0);
            assertThat(best.path("score").asDouble()).isGreaterThan(suggestions.get(1).path("score").asDouble());
            assertThat(best.path("reasons").get(0).asString()).contains(topic).contains("Java");
            assertThat(best.path("reasons").valueStream().map(JsonNode::asString))
                    .contains("No session ratings yet", "2 of 2 mentee places free");
            assertThat(answer.json().path("source").asString()).isEqualTo("REQUEST");
        }
    }

    @Test
    void withoutABodyTheCallersProfileSkillsFromProfileEventsAreMatched() {
        String topic = uniqueSkill();
        String mentorId = newId("alumnus");
        registerMentor(mentorId, List.of(topic, "JavaScript"), 2);
        String studentId = newId("student");
        new PortalEvents(kafka).send(studentId,
                PortalEvents.profile(studentId, "STUDENT", "Sam Student", List.of("js", topic)), Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> people.find(studentId).isPresent());

        Api.Response answer = api.post("/api/matching/mentor-suggestions", null, bearer(studentId, "STUDENT"));

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        assertThat(answer.json().path("source").asString()).isEqualTo("PROFILE");
        assertThat(answer.json().path("basedOn").valueStream().map(JsonNode::asString))
                .containsExactly("JavaScript", topic);
        JsonNode first = answer.json().path("suggestions").get(0);
        assertThat(first.path("mentorId").asString()).isEqualTo(mentorId);
        assertThat(first.path("score").asDouble()).isGreaterThan(0.5);
    }

    @Test
    void aCallerWithoutSkillsGetsNoSuggestionsRatherThanAnError() {
        Api.Response answer = api.post("/api/mentorship/match-suggestions", Map.of(),
                bearer(newId("student"), "STUDENT"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("suggestions").isEmpty()).isTrue();
        assertThat(api.post("/api/mentorship/match-suggestions", Map.of("limit", 0),
                bearer(newId("student"), "STUDENT")).status()).isEqualTo(400);
    }
}
