package org.alumniportal.analytics.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;

import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.platform.test.Api;
import org.alumniportal.analytics.testing.Profiles;
import org.alumniportal.platform.events.community.CapsuleCreated;
import org.alumniportal.platform.events.community.EventCheckedIn;
import org.alumniportal.platform.events.community.EventRsvp;
import org.alumniportal.platform.events.community.PostCreated;
import org.alumniportal.platform.events.user.UserRegistered;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Scores show their components and badges; leaderboards show only people whose profile the viewer may see. */
class EngagementIT extends AnalyticsIntegrationTest {

    @Test
    void myScoreShowsEachComponentAndTheBadgesWithTheDateEarned() {
        String me = newId("alumnus");
        Instant capsuleAt = Instant.now().minusSeconds(120);
        events.send(me, new UserRegistered(me, me + "@x.edu", "Me", "ALUMNI"));
        events.send(me, Profiles.profile(me, "ALUMNI", "Pune", List.of("Java"), "SIGNED_IN", true, 100));
        events.send(me, new CapsuleCreated(newId("capsule"), me, "Lessons", "CAREER", List.of()), capsuleAt);
        for (int i = 0; i < 3; i++) {
            String event = newId("ev");
            events.send(event, new EventCheckedIn(event, me, "host", "QR_TICKET", capsuleAt.plusSeconds(i)));
        }
        String bearer = bearer(me, "ALUMNI");

        JsonNode score = await().atMost(WAIT).until(() -> api.get("/api/engagement/my-score", bearer),
                r -> r.status() == 200 && r.json().path("badges").size() == 3).json();

        assertThat(score.path("components")).extracting(c -> c.path("name").asString())
                .containsExactly("profile", "mentorship", "applications", "events", "forum", "capsules", "recency");
        // profile 20 + events 15 × min(1, 3 attended/3) + capsules 10 × 1/2 + recency ≈ 10
        assertThat(score.path("score").asDouble()).isBetween(49.5, 50.0);
        assertThat(score.path("badges")).extracting(b -> b.path("badge").asString())
                .containsExactlyInAnyOrder("COMPLETE_PROFILE", "EVENT_REGULAR", "STORYTELLER");
        JsonNode storyteller = List.copyOf(toList(score.path("badges"))).stream()
                .filter(b -> b.path("badge").asString().equals("STORYTELLER")).findFirst().orElseThrow();
        assertThat(storyteller.path("earnedAt").asString()).isEqualTo(capsuleAt.toString());

        JsonNode badges = api.get("/api/aes/badges", bearer).json();
        assertThat(badges.path("catalogue")).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(b -> assertThat(b.path("criterion").asString()).isNotBlank());
        assertThat(badges.path("earned")).hasSize(3);
    }

    @Test
    void theEventsComponentCountsAttendanceNotRsvps() {
        String me = newId("rsvper");
        events.send(me, new UserRegistered(me, me + "@x.edu", "Me", "ALUMNI"));
        String skipped = newId("ev");
        String attended = newId("ev");
        events.send(skipped, new EventRsvp(skipped, me, "ATTENDING", null));
        events.send(attended, new EventRsvp(attended, me, "ATTENDING", null));
        String bearer = bearer(me, "ALUMNI");
        JsonNode rsvpsOnly = await().atMost(WAIT).until(() -> api.get("/api/engagement/my-score", bearer),
                r -> r.status() == 200).json();
        assertThat(component(rsvpsOnly, "events").path("points").asDouble()).isZero();

        events.send(attended, new EventCheckedIn(attended, me, "host", "QR_TICKET", Instant.now()));

        JsonNode checkedIn = await().atMost(WAIT).until(() -> api.get("/api/engagement/my-score", bearer),
                r -> component(r.json(), "events").path("basis").asLong() == 1).json();
        // 15 × min(1, 1 attended / 3): the RSVP to the skipped event adds nothing
        assertThat(component(checkedIn, "events").path("points").asDouble()).isEqualTo(5.0);
    }

    private static JsonNode component(JsonNode score, String name) {
        for (JsonNode c : score.path("components")) {
            if (name.equals(c.path("name").asString())) {
                return c;
            }
        }
        return score.path("missing");
    }

    @Test
    void aHiddenProfileIsNeverOnALeaderboardNorOpenToOthers() {
        String board = word("Lb");
        String visible = newId("visible");
        String hidden = newId("hidden");
        for (String user : List.of(visible, hidden)) {
            events.send(user, new UserRegistered(user, user + "@x.edu", board, "ALUMNI"));
        }
        events.send(visible, Profiles.profile(visible, "ALUMNI", "Pune", List.of(), "SIGNED_IN", false, 60));
        events.send(hidden, Profiles.profile(hidden, "ALUMNI", "Pune", List.of(), "HIDDEN", false, 100));
        for (int i = 0; i < 5; i++) {
            events.send(newId("post"), new PostCreated(newId("post"), hidden, "t", List.of()));
        }
        String student = bearer(newId("student"), "STUDENT");
        String admin = admin();
        await().atMost(WAIT).until(() -> api.get("/api/aes/user/" + hidden, admin).json().path("score").asDouble() > 40);
        api.post("/api/engagement/calculate", null, admin);

        List<String> everyone = ids(api.get("/api/engagement/leaderboard?size=100", student).json());
        for (int page = 1; page < api.get("/api/engagement/leaderboard?size=100", student).json().path("totalPages")
                .asLong(); page++) {
            everyone.addAll(ids(api.get("/api/engagement/leaderboard?size=100&page=" + page, student).json()));
        }
        assertThat(everyone).contains(visible).doesNotContain(hidden);
        assertThat(api.get("/api/aes/user/" + hidden, student).status()).isEqualTo(404);
        assertThat(api.get("/api/aes/user/" + visible, student).status()).isEqualTo(200);
        assertThat(api.get("/api/aes/user/" + hidden, bearer(hidden, "ALUMNI")).status()).isEqualTo(200);
        assertThat(api.get("/api/aes/rankings?role=ALUMNI&size=100", student).json().path("items"))
                .allSatisfy(e -> assertThat(e.path("role").asString()).isEqualTo("ALUMNI"));
    }

    @Test
    void anAdminCalculationScoresEveryoneAndRanksAreOrdered() {
        Api.Response calculated = api.post("/api/engagement/calculate", null, admin());

        assertThat(calculated.status()).isEqualTo(200);
        assertThat(calculated.json().path("scoredUsers").asLong()).isPositive();
        JsonNode board = api.get("/api/aes/rankings?size=50", admin()).json();
        double previous = Double.MAX_VALUE;
        long previousRank = 0;
        for (JsonNode entry : board.path("items")) {
            assertThat(entry.path("score").asDouble()).isLessThanOrEqualTo(previous);
            assertThat(entry.path("rank").asLong()).isGreaterThanOrEqualTo(previousRank);
            previous = entry.path("score").asDouble();
            previousRank = entry.path("rank").asLong();
        }
        Api.Response capped = api.get("/api/engagement/leaderboard?size=1000", admin());
        assertThat(capped.status()).isEqualTo(200);
        assertThat(capped.json().path("size").asInt()).isEqualTo(100);
        Api.Response badPage = api.get("/api/engagement/leaderboard?page=-1", admin());
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.problemType()).isEqualTo("validation");
        assertThat(badPage.json().path("errors").get(0).path("field").asString()).isEqualTo("page");
    }

    @Test
    void someoneWithoutAnyRecordedActivityHasNoScoreYet() {
        Api.Response none = api.get("/api/engagement/my-score", bearer(newId("nobody"), "STUDENT"));

        assertThat(none.status()).isEqualTo(404);
        assertThat(none.problemType()).isEqualTo("not-found");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.path("items").forEach(e -> ids.add(e.path("userId").asString()));
        return ids;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
