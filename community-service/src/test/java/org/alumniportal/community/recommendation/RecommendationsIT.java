package org.alumniportal.community.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.alumniportal.community.people.People;
import org.alumniportal.platform.test.Api;
import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

class RecommendationsIT extends CommunityIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    People people;

    @Test
    void eventsFollowTheCallersSkillsFromProfileEventsAndLeaveOutWhatTheyAnswered() throws Exception {
        String word = "quarkusconf" + System.nanoTime();
        String me = newId("me");
        sendProfile(me, List.of("kubernetes", word));
        await().atMost(Duration.ofSeconds(30)).until(() -> people.skillsOf(me).size() == 2);
        String creator = bearer(newId("alum"), "ALUMNI");
        Map<String, Object> matching = eventBody("Kubernetes night " + word, Duration.ofDays(4), null);
        String match = createEvent(creator, matching);
        String answered = createEvent(creator, eventBody("Kubernetes again " + word, Duration.ofDays(5), null));
        rsvp(answered, bearer(me, "STUDENT"), "MAYBE");

        Api.Response recommended = api.get("/api/recommendations/events?size=100", bearer(me, "STUDENT"));

        assertThat(recommended.status()).isEqualTo(200);
        List<String> ids = recommended.json().path("items").findValuesAsString("id");
        assertThat(ids).contains(match).doesNotContain(answered);
        var first = recommended.json().path("items").get(0);
        assertThat(first.path("score").asDouble()).isGreaterThan(0);
        assertThat(first.path("reasons").get(0).asString()).startsWith("Matches your skills");
    }

    @Test
    void postsLikedByPeopleWhoShareMyLikesComeFirstAndMyLikesNeverReturn() {
        String author = bearer(newId("alum"), "ALUMNI");
        String shared = createPost(author, "Shared interest", "x", List.of());
        String theirs = createPost(author, "Their favourite", "y", List.of());
        String me = newId("me");
        String neighbour = newId("n");
        api.post("/api/forum/posts/" + shared + "/like", null, bearer(me, "STUDENT"));
        api.post("/api/forum/posts/" + shared + "/like", null, bearer(neighbour, "STUDENT"));
        api.post("/api/forum/posts/" + theirs + "/like", null, bearer(neighbour, "STUDENT"));
        String removed = createPost(author, "Removed one", "z", List.of());
        api.post("/api/forum/posts/" + removed + "/like", null, bearer(neighbour, "STUDENT"));
        api.delete("/api/admin/content/post/" + removed, bearer(newId("admin"), "ADMIN"));

        Api.Response recommended = api.get("/api/recommendations/posts?size=100", bearer(me, "STUDENT"));

        List<String> ids = recommended.json().path("items").findValuesAsString("id");
        assertThat(ids.get(0)).isEqualTo(theirs);
        assertThat(ids).doesNotContain(shared, removed);
        assertThat(recommended.json().path("items").get(0).path("reasons").get(0).asString())
                .contains("your events or likes");
    }

    private void sendProfile(String userId, List<String> skills) throws Exception {
        ProfileUpdated event = new ProfileUpdated(userId, "STUDENT", "Test Person", "Student", null, null, "Pune",
                2024, skills, 0, "SIGNED_IN", false, false, 50);
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventTypes.typeOf(ProfileUpdated.class),
                "profile-service", Instant.now(), userId, JSON.valueToTree(event));
        kafka.send(Topics.PROFILE, userId, JSON.writeValueAsString(envelope)).get(10, TimeUnit.SECONDS);
    }
}
