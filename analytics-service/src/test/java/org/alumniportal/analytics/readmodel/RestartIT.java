package org.alumniportal.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.alumniportal.analytics.AnalyticsApplication;
import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.analytics.testing.Profiles;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.TestJwtDecoderConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * A restart resumes from the checkpoint in analytics' database: a second instance started against the same
 * database and topics shows the same figures having applied no event at all, where an instance without
 * checkpoints replays every event of every topic. Both print how long they took to be ready with the figures.
 */
class RestartIT extends AnalyticsIntegrationTest {

    @Autowired
    private ReadModelCheckpoints checkpoints;

    @Autowired
    private Population population;

    @Test
    void aRestartKeepsTheFiguresWithoutReplayingTheTopics() {
        String admin = admin();
        String marker = newId("restart");
        events.send(marker, new UserRegistered(marker, marker + "@x.edu", "R", "ALUMNI"));
        events.send(marker, Profiles.profile(marker, "ALUMNI", "Lagos", List.of("Go"), "SIGNED_IN", true, 70));
        await().atMost(WAIT).until(() -> api.get("/api/aes/user/" + marker, admin).status() == 200);
        awaitNoMoreEvents();
        assertThat(checkpoints.checkpoint()).isPositive();
        String before = figures(api, admin);

        long restoredApplied;
        try (ConfigurableApplicationContext restarted = start(true)) {
            long started = System.nanoTime();
            Api second = new Api(port(restarted));
            await().atMost(WAIT).until(() -> figures(second, admin).equals(before));
            long readyMillis = (System.nanoTime() - started) / 1_000_000;
            JsonNode status = second.get("/api/admin/analytics/rebuild", admin).json();
            assertThat(status.path("start").path("outcome").asString()).isEqualTo("restored");
            restoredApplied = status.path("appliedEvents").asLong();
            System.out.printf("RestartIT: resumed from checkpoint (%d bytes, restored in %d ms), figures equal %d ms "
                    + "after start, %d events applied%n", status.path("start").path("checkpointBytes").asLong(),
                    status.path("start").path("restoreMillis").asLong(), readyMillis, restoredApplied);
        }
        assertThat(restoredApplied).as("events applied by the restarted instance").isZero();

        try (ConfigurableApplicationContext replaying = start(false)) {
            long started = System.nanoTime();
            Api third = new Api(port(replaying));
            await().atMost(WAIT).until(() -> figures(third, admin).equals(before));
            long readyMillis = (System.nanoTime() - started) / 1_000_000;
            long replayed = third.get("/api/admin/analytics/rebuild", admin).json().path("appliedEvents").asLong();
            System.out.printf("RestartIT: without a checkpoint, figures equal %d ms after start, %d events "
                    + "replayed%n", readyMillis, replayed);
            assertThat(replayed).isPositive();
        }
    }

    /** The shared instance has applied everything sent so far: its model version holds still for a second. */
    private void awaitNoMoreEvents() {
        AtomicLong seen = new AtomicLong(-1);
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> seen.getAndSet(population.version()) == population.version());
    }

    private static ConfigurableApplicationContext start(boolean checkpoints) {
        PortalInfrastructure infrastructure = PortalInfrastructure.shared();
        // Command-line arguments: they win over application.yml, as the test context's dynamic properties do.
        return new SpringApplicationBuilder(AnalyticsApplication.class, TestJwtDecoderConfiguration.class)
                .profiles("local")
                .run("--server.port=0", "--spring.mongodb.uri=" + infrastructure.mongoUri(),
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--eureka.client.enabled=false", "--spring.jmx.enabled=false",
                        "--portal.analytics.checkpoints.enabled=" + checkpoints);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** Everything the dashboard and analytics show, except the moment they were counted. */
    static String figures(Api api, String admin) {
        JsonNode metrics = api.get("/api/admin/dashboard/metrics", admin).json();
        ((tools.jackson.databind.node.ObjectNode) metrics).remove("asOf");
        return String.join("\n", metrics.toString(),
                api.get("/api/analytics/skills?size=100", admin).body(),
                api.get("/api/analytics/locations?size=100", admin).body(),
                api.get("/api/analytics/batches?size=100", admin).body(),
                api.get("/api/analytics/mentorship-stats", admin).body(),
                api.get("/api/analytics/event-participation?size=100", admin).body(),
                api.get("/api/heatmap/industries", admin).body(),
                api.get("/api/skill-graph/network", admin).body());
    }
}
