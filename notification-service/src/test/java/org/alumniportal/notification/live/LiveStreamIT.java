package org.alumniportal.notification.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.notification.notification.Notifications;
import org.alumniportal.notification.notification.Priority;
import org.alumniportal.notification.testing.NotificationIntegrationTest;
import org.alumniportal.notification.testing.SseClient;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LiveStreamIT extends NotificationIntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    LiveFanout fanout;

    @Autowired
    LiveHub hub;

    private String stream() {
        return "http://127.0.0.1:" + port + "/api/notifications/stream";
    }

    /** Creates and fans out a notification the way a trigger does. */
    private String push(String userId, String title) {
        var created = notifications.create(new NewNotification(UUID.randomUUID().toString(), userId,
                NotificationType.JOB_MATCH, title, "m", "/jobs/1", Priority.LOW, Map.of())).orElseThrow();
        fanout.publish(userId, created);
        return created.id();
    }

    private void awaitConnected(String userId) {
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.connected(userId) > 0);
    }

    @Test
    void aTriggeredNotificationReachesTheConnectedUserWithinASecond() {
        String user = knownUser("Live Listener");
        try (SseClient client = SseClient.connect(stream(), bearer(user), null)) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.contentType()).startsWith("text/event-stream");
            awaitConnected(user);

            events.send(ProfileVerified.class, Map.of("userId", user));
            SseClient.Event event = client.next(Duration.ofSeconds(20));

            assertThat(event).isNotNull();
            assertThat(event.name()).isEqualTo("notification");
            assertThat(event.data()).contains("\"type\":\"PROFILE_VERIFIED\"");
            assertThat(event.id()).isEqualTo(awaitNotification(user, "PROFILE_VERIFIED").path("id").asString());

            long start = System.nanoTime();
            String id = push(user, "fast one");
            SseClient.Event fast = client.next(Duration.ofSeconds(1));
            assertThat(fast).as("delivered within a second").isNotNull();
            assertThat(fast.id()).isEqualTo(id);
            System.out.printf("[live] create-to-SSE %.1f ms%n", (System.nanoTime() - start) / 1e6);
        }
    }

    @Test
    void onlyTheRecipientsStreamsGetIt() {
        String me = newId("me");
        String other = newId("other");
        try (SseClient mine = SseClient.connect(stream(), bearer(me), null);
                SseClient theirs = SseClient.connect(stream(), bearer(other), null)) {
            awaitConnected(me);
            awaitConnected(other);

            String id = push(me, "for me");

            assertThat(mine.next(Duration.ofSeconds(5)).id()).isEqualTo(id);
            assertThat(theirs.next(Duration.ofMillis(500))).isNull();
        }
    }

    @Test
    void reconnectingWithLastEventIdReplaysExactlyTheMissedOnes() {
        String user = newId("reconnector");
        String seen;
        try (SseClient client = SseClient.connect(stream(), bearer(user), null)) {
            awaitConnected(user);
            seen = push(user, "seen");
            assertThat(client.next(Duration.ofSeconds(5)).id()).isEqualTo(seen);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            hub.heartbeat();
            return hub.connected(user) == 0;
        });
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            missed.add(push(user, "missed " + i));
        }

        try (SseClient again = SseClient.connect(stream(), bearer(user), seen)) {
            List<String> replayed = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                SseClient.Event event = again.next(Duration.ofSeconds(5));
                assertThat(event).isNotNull();
                replayed.add(event.id());
            }
            assertThat(replayed).containsExactlyElementsOf(missed);
            assertThat(again.next(Duration.ofMillis(500))).as("nothing more than the missed ones").isNull();
            awaitConnected(user);
            String live = push(user, "live again");
            assertThat(again.next(Duration.ofSeconds(5)).id()).isEqualTo(live);
        }
    }

    @Test
    void idleStreamsGetHeartbeats() {
        String user = newId("idle");
        try (SseClient client = SseClient.connect(stream(), bearer(user), null)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> client.comments() >= 3);
        }
    }

    @Test
    void theStreamNeedsAToken() {
        try (SseClient client = SseClient.connect(stream(), null, null)) {
            assertThat(client.status()).isEqualTo(401);
        }
    }
}
