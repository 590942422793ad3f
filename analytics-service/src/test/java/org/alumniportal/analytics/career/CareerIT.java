package org.alumniportal.analytics.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.platform.test.Api;
import org.alumniportal.analytics.testing.Profiles;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Predictions, paths and the skill graph come from seeded experience timelines, with the privacy floor of 5. */
class CareerIT extends AnalyticsIntegrationTest {

    @Test
    void thePredictionIsTheObservedShareOfEachMoveWithThePrecedingSkills() {
        String junior = word("Jr") + " Analyst";
        String lead = word("Ld") + " Lead";
        String architect = word("Ar") + " Architect";
        String skill = word("Sk");
        // 6 people moved junior → lead (with the skill), 2 moved junior → architect
        for (int i = 0; i < 8; i++) {
            String user = newId("alumnus");
            String next = i < 6 ? lead : architect;
            events.send(user, Profiles.withTimeline(user, "Pune", i < 6 ? List.of(skill, "Java") : List.of("Go"), null,
                    List.of(Profiles.job(junior, "2015-01", "2017-12"), Profiles.job(next, "2018-01", null))));
        }
        String admin = admin();
        String student = bearer(newId("student"), "STUDENT");
        Map<String, Object> ask = Map.of("currentRole", junior.toLowerCase(), "skills", List.of(skill.toLowerCase()),
                "years", 2);

        JsonNode adminView = await().atMost(WAIT).until(() -> api.post("/api/career/predict", ask, admin).json(),
                p -> p.path("observations").asLong() == 8);

        assertThat(adminView.path("enoughData").asBoolean()).isTrue();
        assertThat(adminView.path("nextRoles")).hasSize(2);
        JsonNode first = adminView.path("nextRoles").get(0);
        assertThat(first.path("role").asString()).isEqualTo(lead);
        assertThat(first.path("probability").asDouble()).isEqualTo(0.75);
        assertThat(first.path("observations").asLong()).isEqualTo(6);
        assertThat(first.path("precedingSkills").get(0).path("share").asDouble()).isEqualTo(1.0);
        assertThat(first.path("skillMatch").asDouble()).isEqualTo(0.5);
        assertThat(first.path("typicalMonthsBefore").asDouble()).isEqualTo(36.0);
        assertThat(adminView.path("readyByTenure").asBoolean()).isFalse();

        // a student does not see the move only two people made; its mass is reported as other roles
        JsonNode studentView = api.post("/api/career/predict", ask, student).json();
        assertThat(studentView.path("nextRoles")).hasSize(1);
        assertThat(studentView.path("otherRolesProbability").asDouble()).isEqualTo(0.25);

        JsonNode transitions = api.get("/api/career/transitions?from=" + junior.replace(" ", "%20"), admin).json();
        assertThat(transitions.path("items")).extracting(t -> t.path("toRole").asString())
                .containsExactly(lead, architect);

        JsonNode paths = api.get("/api/career/paths/" + skill, student).json();
        assertThat(paths.path("people").asLong()).isEqualTo(6);
        assertThat(paths.path("paths").get(0).path("roles")).extracting(JsonNode::asString)
                .containsExactly(junior, lead);
        JsonNode graphPaths = api.get("/api/skill-graph/paths?skill=" + skill, student).json();
        assertThat(graphPaths.path("transitions").get(0).path("toRole").asString()).isEqualTo(lead);
    }

    @Test
    void aRoleWithFewObservedMovesAnswersNotEnoughData() {
        String rare = word("Rare") + " Role";
        String user = newId("alumnus");
        events.send(user, Profiles.withTimeline(user, "Pune", List.of(), null,
                List.of(Profiles.job(rare, "2015-01", "2016-01"), Profiles.job("Manager", "2016-02", null))));
        String admin = admin();

        JsonNode prediction = await().atMost(WAIT).until(() -> api.post("/api/career/predict",
                Map.of("currentRole", rare), admin).json(), p -> p.path("observations").asLong() == 1);

        assertThat(prediction.path("enoughData").asBoolean()).isFalse();
        assertThat(prediction.path("message").asString()).startsWith("Not enough data");
        assertThat(prediction.path("nextRoles")).isEmpty();
    }

    @Test
    void aPredictionWithoutARoleIsAValidationProblem() {
        Api.Response bad = api.post("/api/career/predict", Map.of("currentRole", " ", "years", -1), admin());

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemType()).isEqualTo("validation");
        assertThat(bad.json().path("errors")).extracting(e -> e.path("field").asString())
                .contains("currentRole", "years");
    }

    @Test
    void theSkillGraphLinksSkillsListedTogetherAndClustersThem() {
        String a = word("Ga"), b = word("Gb"), c = word("Gc"), x = word("Gx"), y = word("Gy");
        for (int i = 0; i < 5; i++) {
            String user = newId("alumnus");
            events.send(user, Profiles.profile(user, "ALUMNI", "Pune", List.of(a, b, c), "SIGNED_IN", true, 50));
            String other = newId("alumnus");
            events.send(other, Profiles.profile(other, "ALUMNI", "Pune", List.of(x, y), "SIGNED_IN", true, 50));
        }
        String lonely = newId("alumnus");
        String rareSkill = word("Gr");
        events.send(lonely, Profiles.profile(lonely, "ALUMNI", "Pune", List.of(a, rareSkill), "SIGNED_IN", true, 50));
        String student = bearer(newId("student"), "STUDENT");
        String admin = admin();

        JsonNode network = await().atMost(WAIT).until(() -> api.get("/api/skill-graph/network?limit=500", admin).json(),
                n -> node(n, rareSkill) != null && node(n, y) != null);

        assertThat(node(network, a).path("profiles").asLong()).isEqualTo(6);
        assertThat(edge(network, a, b).path("weight").asLong()).isEqualTo(5);
        assertThat(node(network, a).path("cluster").asInt()).isEqualTo(node(network, c).path("cluster").asInt())
                .isNotEqualTo(node(network, x).path("cluster").asInt());

        JsonNode studentNetwork = api.get("/api/skill-graph/network?limit=500", student).json();
        assertThat(node(studentNetwork, rareSkill)).isNull();
        assertThat(node(studentNetwork, a).path("profiles").asLong()).isEqualTo(6);

        JsonNode clusters = api.get("/api/skill-graph/clusters?limit=500", admin).json();
        assertThat(clusters.path("algorithm").asString()).startsWith("label propagation");
        assertThat(clusters.path("clusters")).anySatisfy(cl -> assertThat(cl.path("skills"))
                .extracting(JsonNode::asString).contains(x, y).doesNotContain(a));
        assertThat(api.get("/api/skill-graph/network?limit=0", admin).status()).isEqualTo(400);
    }

    private static JsonNode node(JsonNode network, String id) {
        for (JsonNode n : network.path("nodes")) {
            if (id.equals(n.path("id").asString())) {
                return n;
            }
        }
        return null;
    }

    private static JsonNode edge(JsonNode network, String a, String b) {
        for (JsonNode e : network.path("edges")) {
            String s = e.path("source").asString();
            String t = e.path("target").asString();
            if ((s.equals(a) && t.equals(b)) || (s.equals(b) && t.equals(a))) {
                return e;
            }
        }
        throw new AssertionError("no edge " + a + " - " + b);
    }
}
