package org.alumniportal.job.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.job.candidate.Candidates;
import org.alumniportal.platform.test.Api;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.alumniportal.job.testing.ProfileEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Recommendations over HTTP for people whose profile arrived by Kafka. Other ITs share the database, so each
 * test uses skills nobody else has ({@code uniq-…}) and asks for remote jobs only.
 */
class JobRecommendationsIT extends JobIntegrationTest {

    private static final String PATH = "/api/matching/job-recommendations";
    private static final Map<String, Object> REMOTE_50 = Map.of("remoteOnly", true, "limit", 50);

    @Autowired
    Candidates candidates;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private ProfileEvents profiles;
    private final String recruiter = bearer(newId("recruiter"), "RECRUITER");

    @BeforeEach
    void sender() {
        profiles = new ProfileEvents(kafka);
    }

    @Test
    void anAnonymousCallIsRefusedWith401() {
        Api.Response response = api.post(PATH, null, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void withoutAProfileTheCallerIsToldToCreateOne() {
        Api.Response response = api.post(PATH, null, bearer(newId("student"), "STUDENT"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("profile-required");
        assertThat(response.json().path("detail").asString()).contains("create your profile");
    }

    @Test
    void aMatchingJobRanksAboveANonMatchingOne() {
        String[] skills = uniqueSkills(3);
        String student = studentWithProfile(List.of(skills[0], skills[1], "java"));
        String matching = postRemoteJob(List.of(skills[0], skills[1], "Java"));
        String nonMatching = postRemoteJob(List.of("uniq-" + UUID.randomUUID()));

        List<JsonNode> items = recommend(student, REMOTE_50);

        List<String> ids = ids(items);
        assertThat(ids).contains(matching, nonMatching);
        assertThat(ids.indexOf(matching)).isZero().isLessThan(ids.indexOf(nonMatching));
        JsonNode best = items.get(0);
        assertThat(best.path("score").asDouble()).isGreaterThan(items.get(ids.indexOf(nonMatching)).path("score").asDouble())
                .isBetween(0.0, 1.0);
        assertThat(best.path("job").path("title").asString()).isEqualTo("Remote role");
        assertThat(best.path("reasons").toString()).contains("3 of 3 required skills: ").contains("\"remote\"")
                .contains("\"posted today\"");
    }

    @Test
    void appliedAndClosedJobsAreNotRecommended() {
        String[] skills = uniqueSkills(2);
        String student = studentWithProfile(List.of(skills[0], skills[1]));
        String applied = postRemoteJob(List.of(skills[0], skills[1]));
        String closed = postRemoteJob(List.of(skills[0], skills[1]));
        String open = postRemoteJob(List.of(skills[0], skills[1]));
        assertThat(ids(recommend(student, REMOTE_50))).contains(applied, closed, open);

        applyTo(applied, student);
        assertThat(api.post("/api/jobs/" + closed + "/close", null, recruiter).status()).isEqualTo(200);

        List<String> after = ids(recommend(student, REMOTE_50));
        assertThat(after).contains(open).doesNotContain(applied, closed);
    }

    @Test
    void myOwnPostingsAreNotRecommendedToMe() {
        String[] skills = uniqueSkills(2);
        String alumnusId = newId("alumnus");
        String alumnus = bearer(alumnusId, "ALUMNI");
        sendProfile(alumnusId, "ALUMNI", List.of(skills[0], skills[1]));
        Map<String, Object> mine = remoteBody(List.of(skills[0], skills[1]));
        mine.put("allowAlumniApplicants", true);
        String own = postJob(alumnus, mine);
        Map<String, Object> others = remoteBody(List.of(skills[0], skills[1]));
        others.put("allowAlumniApplicants", true);
        String someoneElses = postJob(recruiter, others);

        List<String> ids = ids(recommend(alumnus, REMOTE_50));

        assertThat(ids).contains(someoneElses).doesNotContain(own);
    }

    @Test
    void theLimitIsHonouredAndCappedAtFifty() {
        String student = studentWithProfile(List.of("Java"));

        assertThat(recommend(student, Map.of("limit", 2)).size()).isLessThanOrEqualTo(2);
        assertThat(recommend(student, Map.of("limit", 500)).size()).isLessThanOrEqualTo(50);
        assertThat(api.post(PATH, Map.of("limit", 0), student).status()).isEqualTo(400);
    }

    private String studentWithProfile(List<String> skills) {
        String id = newId("student");
        sendProfile(id, "STUDENT", skills);
        return bearer(id, "STUDENT");
    }

    private void sendProfile(String userId, String role, List<String> skills) {
        profiles.send(userId, ProfileEvents.updated(userId, role, skills, "Pune", 2), Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> candidates.find(userId).isPresent());
    }

    private Map<String, Object> remoteBody(List<String> skills) {
        Map<String, Object> body = jobBody("Remote role", "Remote Co");
        body.put("remote", true);
        body.put("skillsRequired", skills);
        return body;
    }

    private String postRemoteJob(List<String> skills) {
        return postJob(recruiter, remoteBody(skills));
    }

    private List<JsonNode> recommend(String bearer, Map<String, Object> body) {
        Api.Response response = api.post(PATH, body, bearer);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().path("items").forEach(items::add);
        return items;
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.path("job").path("id").asString()).toList();
    }

    private static String[] uniqueSkills(int count) {
        String[] skills = new String[count];
        for (int i = 0; i < count; i++) {
            skills[i] = "uniq-" + UUID.randomUUID().toString().substring(0, 8);
        }
        return skills;
    }
}
