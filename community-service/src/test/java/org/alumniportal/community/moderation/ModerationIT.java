package org.alumniportal.community.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.platform.events.Topics;
import org.junit.jupiter.api.Test;

class ModerationIT extends CommunityIntegrationTest {

    @Test
    void aFlaggedPostRemovedByAnAdminAnswersNotFound() {
        String authorId = newId("alum");
        String post = createPost(bearer(authorId, "ALUMNI"), "Spam spam", "buy now", List.of());
        String flagger = bearer(newId("s"), "STUDENT");

        Api.Response flagged = api.post("/api/forum/posts/" + post + "/flag", Map.of("reason", "spam"), flagger);
        Api.Response again = api.post("/api/forum/posts/" + post + "/flag", Map.of("reason", "spam!"), flagger);
        String adminId = newId("admin");
        String admin = bearer(adminId, "ADMIN");
        Api.Response queue = api.get("/api/admin/content/flagged?size=100", admin);
        Api.Response removed = api.post("/api/admin/content/moderate",
                Map.of("type", "POST", "id", post, "action", "REMOVE", "reason", "spam"), admin);

        assertThat(flagged.status()).isEqualTo(200);
        assertThat(flagged.json().path("flagCount").asLong()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("already-flagged");
        assertThat(queue.json().path("items").findValuesAsString("id")).contains(post);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().path("status").asString()).isEqualTo("REMOVED");
        assertThat(api.get("/api/forum/posts/" + post, flagger).status()).isEqualTo(404);
        assertThat(api.get("/api/forum/posts/" + post, bearer(authorId, "ALUMNI")).status()).isEqualTo(404);
        assertThat(api.get("/api/forum/posts/" + post, admin).status()).isEqualTo(200);
        assertThat(api.get("/api/forum/posts?author=" + authorId, flagger).json().path("totalElements").asLong())
                .isZero();
        assertThat(events(Topics.COMMUNITY, post, "content.flagged.v1", 1)).hasSize(1);
        assertThat(events(Topics.COMMUNITY, post, "content.moderated.v1", 1).get(0).value())
                .contains("\"moderatorId\":\"" + adminId + "\"");
        assertThat(events(Topics.ADMIN, post, "admin.action.v1", 1).get(0).value())
                .contains("\"actorId\":\"" + adminId + "\"");
    }

    @Test
    void approvedContentStaysAndLeavesTheOpenQueue() {
        String capsule = api.post("/api/capsules/create", Map.of("title", "Fine capsule", "content", "ok",
                "category", "OTHER", "durationMinutes", 3), bearer(newId("alum"), "ALUMNI")).json().path("id")
                .asString();
        api.post("/api/capsules/" + capsule + "/flag", Map.of("reason", "meh"), bearer(newId("s"), "STUDENT"));
        String admin = bearer(newId("admin"), "ADMIN");

        Api.Response approved = api.post("/api/admin/content/moderate",
                Map.of("type", "capsule", "id", capsule, "action", "APPROVE"), admin);

        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
        assertThat(api.get("/api/capsules/" + capsule, bearer(newId("s"), "STUDENT")).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/content/flagged?size=100", admin).json().path("items")
                .findValuesAsString("id")).doesNotContain(capsule);
        assertThat(api.get("/api/admin/content/flagged?status=APPROVED&size=100", admin).json().path("items")
                .findValuesAsString("id")).contains(capsule);
    }

    @Test
    void adminsRemoveEventsAndCommentsDirectly() {
        String event = createEvent(bearer(newId("alum"), "ALUMNI"), eventBody("Dubious", Duration.ofDays(2), null));
        String post = createPost(bearer(newId("alum"), "ALUMNI"), "Thread", "x", List.of());
        String comment = api.post("/api/forum/posts/" + post + "/comments", Map.of("content", "rude"),
                bearer(newId("s"), "STUDENT")).json().path("id").asString();
        String admin = bearer(newId("admin"), "ADMIN");
        String anyone = bearer(newId("s"), "STUDENT");

        assertThat(api.post("/api/events/" + event + "/flag", Map.of("reason", "scam"), anyone).status())
                .isEqualTo(200);
        assertThat(api.post("/api/forum/comments/" + comment + "/flag", Map.of("reason", "rude"), anyone).status())
                .isEqualTo(200);
        assertThat(api.delete("/api/admin/content/event/" + event, admin).status()).isEqualTo(204);
        assertThat(api.delete("/api/admin/content/comments/" + comment, admin).status()).isEqualTo(204);

        assertThat(api.get("/api/events/" + event, anyone).status()).isEqualTo(404);
        assertThat(api.get("/api/forum/posts/" + post, anyone).json().path("comments").path("totalElements").asLong())
                .isZero();
        assertThat(api.delete("/api/admin/content/event/" + event, admin).status()).isEqualTo(404);
    }

    @Test
    void moderationIsForAdminsOnlyAndBadInputIsAProblem() {
        String student = bearer(newId("s"), "STUDENT");
        String admin = bearer(newId("admin"), "ADMIN");

        assertThat(api.get("/api/admin/content/flagged", student).status()).isEqualTo(403);
        assertThat(api.post("/api/admin/content/moderate", Map.of("type", "POST", "id", "x", "action", "REMOVE"),
                student).status()).isEqualTo(403);
        assertThat(api.delete("/api/admin/content/post/x", student).status()).isEqualTo(403);
        assertThat(api.delete("/api/admin/content/poem/x", admin).problemType()).isEqualTo("validation");
        assertThat(api.post("/api/admin/content/moderate", Map.of("type", "POST", "id", "x", "action", "BURN"), admin)
                .status()).isEqualTo(400);
        assertThat(api.post("/api/forum/posts/none/flag", Map.of("reason", "?"), student).status()).isEqualTo(404);
        assertThat(api.post("/api/forum/posts/none/flag", Map.of(), student).status()).isEqualTo(400);
    }
}
