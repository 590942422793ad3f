package org.alumniportal.notification.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alumniportal.platform.test.Api;
import org.alumniportal.notification.testing.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class NotificationsApiIT extends NotificationIntegrationTest {

    @Autowired
    Notifications notifications;

    private String create(String userId, NotificationType type, String title) {
        return notifications.create(new NewNotification(UUID.randomUUID().toString(), userId, type, title,
                "message of " + title, "/somewhere", Priority.NORMAL, Map.of("k", "v"))).orElseThrow().id();
    }

    private List<String> titles(Api.Response response) {
        return response.json().path("items").valueStream().map(n -> n.path("title").asString()).toList();
    }

    @Test
    void listsMyNotificationsNewestFirstInPagesWithTheirFields() {
        String me = newId("lister");
        create(me, NotificationType.PROFILE_VERIFIED, "first");
        create(me, NotificationType.JOB_MATCH, "second");
        create(me, NotificationType.JOB_MATCH, "third");

        Api.Response firstPage = api.get("/api/notifications?size=2", bearer(me));
        Api.Response secondPage = api.get("/api/notifications?size=2&page=1", bearer(me));

        assertThat(firstPage.status()).isEqualTo(200);
        assertThat(titles(firstPage)).containsExactly("third", "second");
        assertThat(titles(secondPage)).containsExactly("first");
        assertThat(firstPage.json().path("totalElements").asLong()).isEqualTo(3);
        assertThat(firstPage.json().path("totalPages").asLong()).isEqualTo(2);
        JsonNode newest = firstPage.json().path("items").get(0);
        assertThat(newest.path("type").asString()).isEqualTo("JOB_MATCH");
        assertThat(newest.path("message").asString()).isEqualTo("message of third");
        assertThat(newest.path("link").asString()).isEqualTo("/somewhere");
        assertThat(newest.path("priority").asString()).isEqualTo("NORMAL");
        assertThat(newest.path("read").asBoolean()).isFalse();
        assertThat(newest.path("createdAt").asString()).endsWith("Z");
        assertThat(newest.path("readAt").isNull()).isTrue();
        assertThat(newest.path("metadata").path("k").asString()).isEqualTo("v");
    }

    @Test
    void filtersByTypeAndUnreadOnly() {
        String me = newId("filterer");
        String verified = create(me, NotificationType.PROFILE_VERIFIED, "verified");
        create(me, NotificationType.JOB_MATCH, "match");
        api.put("/api/notifications/" + verified + "/read", null, bearer(me));

        assertThat(titles(api.get("/api/notifications?type=JOB_MATCH", bearer(me)))).containsExactly("match");
        assertThat(titles(api.get("/api/notifications?unreadOnly=true", bearer(me)))).containsExactly("match");
        Api.Response badType = api.get("/api/notifications?type=NOPE", bearer(me));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.header("Content-Type")).startsWith("application/problem+json");
        Api.Response capped = api.get("/api/notifications?size=1000", bearer(me));
        assertThat(capped.status()).isEqualTo(200);
        assertThat(capped.json().path("size").asInt()).isEqualTo(100);
        Api.Response negative = api.get("/api/notifications?size=-1", bearer(me));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.problemType()).isEqualTo("validation");
    }

    @Test
    void markingReadLowersTheUnreadCountOnceAndKeepsTheFirstReadTime() {
        String me = newId("reader");
        String id = create(me, NotificationType.ROLE_CHANGED, "role");
        create(me, NotificationType.ROLE_CHANGED, "role again");
        assertThat(api.get("/api/notifications/unread-count", bearer(me)).json().path("count").asLong()).isEqualTo(2);

        Api.Response read = api.put("/api/notifications/" + id + "/read", null, bearer(me));
        Api.Response again = api.put("/api/notifications/" + id + "/read", null, bearer(me));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("read").asBoolean()).isTrue();
        assertThat(again.json().path("readAt").asString()).isEqualTo(read.json().path("readAt").asString());
        assertThat(api.get("/api/notifications/unread-count", bearer(me)).json().path("count").asLong()).isEqualTo(1);
    }

    @Test
    void readAllLeavesNothingUnread() {
        String me = newId("bulk-reader");
        create(me, NotificationType.JOB_MATCH, "a");
        create(me, NotificationType.JOB_MATCH, "b");

        Api.Response all = api.put("/api/notifications/read-all", null, bearer(me));

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("count").asLong()).isZero();
        assertThat(api.get("/api/notifications?unreadOnly=true", bearer(me)).json().path("totalElements").asLong())
                .isZero();
    }

    @Test
    void deletingRemovesItFromMyList() {
        String me = newId("deleter");
        String id = create(me, NotificationType.JOB_MATCH, "gone soon");

        assertThat(api.delete("/api/notifications/" + id, bearer(me)).status()).isEqualTo(204);
        assertThat(titles(api.get("/api/notifications", bearer(me)))).isEmpty();
        assertThat(api.delete("/api/notifications/" + id, bearer(me)).status()).isEqualTo(404);
    }

    @Test
    void anotherUsersNotificationIsNotFoundAndStaysUntouched() {
        String owner = newId("owner");
        String intruder = newId("intruder");
        String id = create(owner, NotificationType.PROFILE_REJECTED, "private");

        Api.Response read = api.put("/api/notifications/" + id + "/read", null, bearer(intruder));
        Api.Response delete = api.delete("/api/notifications/" + id, bearer(intruder));

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.problemType()).isEqualTo("not-found");
        assertThat(delete.status()).isEqualTo(404);
        assertThat(titles(api.get("/api/notifications", bearer(intruder)))).isEmpty();
        JsonNode ownerView = api.get("/api/notifications", bearer(owner)).json().path("items").get(0);
        assertThat(ownerView.path("read").asBoolean()).isFalse();
    }

    @Test
    void theUnreadCountIsExactAfter50ConcurrentMarkReadsWhileNewOnesArrive() throws Exception {
        String me = newId("busy");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(create(me, NotificationType.JOB_MATCH, "n" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            // 50 distinct mark-reads, 10 of them twice (a double click), and 10 new notifications meanwhile
            for (int i = 0; i < 50; i++) {
                String id = ids.get(i);
                work.add(() -> api.put("/api/notifications/" + id + "/read", null, bearer(me)).status());
                if (i % 5 == 0) {
                    work.add(() -> api.put("/api/notifications/" + id + "/read", null, bearer(me)).status());
                    work.add(() -> {
                        create(me, NotificationType.JOB_MATCH, "late");
                        return 200;
                    });
                }
            }
            for (Future<Integer> done : pool.invokeAll(work)) {
                assertThat(done.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(api.get("/api/notifications/unread-count", bearer(me)).json().path("count").asLong())
                .isEqualTo(60 - 50 + 10);
    }
}
