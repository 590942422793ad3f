package org.alumniportal.analytics.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.analytics.testing.Profiles;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.job.JobUpdated;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Heatmap layers place counts on gazetteer coordinates; small groups are left out for non-admins. */
class HeatmapIT extends AnalyticsIntegrationTest {

    @Test
    void talentByLocationForOneSkillWithSmallGroupsSuppressedForNonAdmins() {
        String skill = word("Hm");
        for (int i = 0; i < 5; i++) {
            String user = newId("alumnus");
            events.send(user, Profiles.profile(user, "ALUMNI", "Bangalore", List.of(skill), "SIGNED_IN", true, 50));
        }
        for (int i = 0; i < 2; i++) {
            String user = newId("alumnus");
            events.send(user, Profiles.profile(user, "ALUMNI", "Berlin", List.of(skill), "SIGNED_IN", true, 50));
        }
        String hidden = newId("alumnus");
        events.send(hidden, Profiles.profile(hidden, "ALUMNI", "Bangalore", List.of(skill), "HIDDEN", true, 50));
        String admin = admin();

        JsonNode adminLayer = await().atMost(WAIT).until(() -> api.get("/api/heatmap/talent?skill=" + skill, admin)
                .json(), l -> l.size() == 2 && l.get(0).path("count").asLong() == 6);

        assertThat(adminLayer.get(0).path("location").asString()).isEqualTo("Bengaluru");
        assertThat(adminLayer.get(0).path("latitude").asDouble()).isEqualTo(12.9716);
        assertThat(adminLayer.get(1).path("location").asString()).isEqualTo("Berlin");
        JsonNode studentLayer = api.get("/api/heatmap/talent?skill=" + skill, bearer(newId("s"), "STUDENT")).json();
        assertThat(studentLayer).hasSize(1);
        assertThat(studentLayer.get(0).path("count").asLong()).isEqualTo(5);
    }

    @Test
    void openJobsByLocation() {
        String skill = word("Hj");
        Instant deadline = Instant.now().plus(Duration.ofDays(10));
        for (String city : List.of("Pune", "Pune", "Chennai")) {
            String job = newId("job");
            events.send(job, new JobPosted(job, "Dev", "Acme", city, "FULL_TIME", false, List.of(skill), "r", deadline));
        }

        JsonNode layer = await().atMost(WAIT).until(() -> api.get("/api/heatmap/opportunities?skill=" + skill,
                bearer(newId("s"), "STUDENT")).json(), l -> l.size() == 2);

        assertThat(layer.get(0).path("location").asString()).isEqualTo("Pune");
        assertThat(layer.get(0).path("count").asLong()).isEqualTo(2);
        assertThat(layer.get(1).path("count").asLong()).isEqualTo(1);
    }

    @Test
    void industriesComeFromTheProfilesOptionalIndustry() {
        String admin = admin();
        long before = count(api.get("/api/heatmap/industries?industry=ENERGY", admin).json(), "Lagos");
        String user = newId("alumnus");
        events.send(user, Profiles.withTimeline(user, "Lagos", List.of(), "energy", List.of()));

        await().atMost(WAIT).until(() -> count(api.get("/api/heatmap/industries?industry=ENERGY", admin).json(),
                "Lagos") == before + 1);
        assertThat(api.get("/api/heatmap/industries?industry=MINING", admin).status()).isEqualTo(400);
    }

    @Test
    void industriesCountProfilesFromTheirCreationAndOpenJobsFromTheirNewestEdit() {
        String admin = admin();
        JsonNode before = api.get("/api/heatmap/industries?industry=MEDIA", admin).json();
        String user = newId("alumnus");
        events.send(user, new ProfileCreated(user, "ALUMNI", "M", null, null, null, "Nairobi", 2010, List.of(),
                "SIGNED_IN", "MEDIA"));
        String job = newId("job");
        String moved = newId("job");
        Instant deadline = Instant.now().plus(Duration.ofDays(30));
        events.send(job, new JobPosted(job, "Editor", "Daily", "Nairobi", "FULL_TIME", false, List.of(), "r",
                deadline, "MEDIA"));
        events.send(moved, new JobPosted(moved, "Editor", "Daily", "Nairobi", "FULL_TIME", false, List.of(), "r",
                deadline, "MEDIA"));
        // the edit moves the second job to another industry: only the first still counts for MEDIA
        events.send(moved, new JobUpdated(moved, "Engineer", "Daily", "Nairobi", "FULL_TIME", false, List.of(), "r",
                deadline, "ENERGY"));

        JsonNode after = await().atMost(WAIT).until(() -> api.get("/api/heatmap/industries?industry=MEDIA", admin)
                .json(), l -> field(l, "Nairobi", "people") == field(before, "Nairobi", "people") + 1
                        && field(l, "Nairobi", "jobs") == field(before, "Nairobi", "jobs") + 1);
        assertThat(count(after, "Nairobi")).isEqualTo(count(before, "Nairobi") + 2);
        JsonNode energy = await().atMost(WAIT).until(() -> api.get("/api/heatmap/industries?industry=ENERGY", admin)
                .json(), l -> field(l, "Nairobi", "jobs") >= 1);
        assertThat(energy.get(0).path("industry").asString()).isEqualTo("ENERGY");
    }

    private static long field(JsonNode layer, String location, String field) {
        for (JsonNode point : layer) {
            if (location.equals(point.path("location").asString())) {
                return point.path(field).asLong();
            }
        }
        return 0;
    }

    private static long count(JsonNode layer, String location) {
        for (JsonNode point : layer) {
            if (location.equals(point.path("location").asString())) {
                return point.path("count").asLong();
            }
        }
        return 0;
    }
}
