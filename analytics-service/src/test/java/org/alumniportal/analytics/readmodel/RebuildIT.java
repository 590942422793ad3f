package org.alumniportal.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.platform.test.Api;
import org.alumniportal.analytics.testing.Profiles;
import org.alumniportal.platform.events.user.UserRegistered;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A rebuild resets the read models and replays every topic from offset 0 into the same figures. */
class RebuildIT extends AnalyticsIntegrationTest {

    @Test
    void aRebuildFromTheBeginningReproducesEveryFigure() {
        String admin = admin();
        String marker = newId("rebuild");
        events.send(marker, new UserRegistered(marker, marker + "@x.edu", "R", "ALUMNI"));
        events.send(marker, Profiles.profile(marker, "ALUMNI", "Pune", List.of("Java", "Kafka"), "SIGNED_IN", true, 80));
        await().atMost(WAIT).until(() -> api.get("/api/aes/user/" + marker, admin).status() == 200);
        String before = figures(admin);

        Api.Response started = api.post("/api/admin/analytics/rebuild", null, admin);

        assertThat(started.status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> figures(admin).equals(before));
        assertThat(api.get("/api/admin/analytics/rebuild", admin).json().path("appliedEvents").asLong()).isPositive();
        assertThat(api.post("/api/admin/analytics/rebuild", null, bearer(marker, "ALUMNI")).status()).isEqualTo(403);
    }

    /** Everything the dashboard and analytics show, except the moment they were counted. */
    private String figures(String admin) {
        JsonNode metrics = api.get("/api/admin/dashboard/metrics", admin).json();
        ((tools.jackson.databind.node.ObjectNode) metrics).remove("asOf");
        return String.join("\n", metrics.toString(),
                api.get("/api/analytics/skills?size=100", admin).body(),
                api.get("/api/analytics/locations?size=100", admin).body(),
                api.get("/api/analytics/batches?size=100", admin).body(),
                api.get("/api/analytics/mentorship-stats", admin).body(),
                api.get("/api/skill-graph/network", admin).body());
    }
}
