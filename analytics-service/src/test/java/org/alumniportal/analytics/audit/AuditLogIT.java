package org.alumniportal.analytics.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.community.ContentModerated;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.ApiKeyRevoked;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Every admin action of every service lands in the log once, newest first, filterable, and stays there. */
class AuditLogIT extends AnalyticsIntegrationTest {

    @Test
    void adminActionsOfEveryKindAppearNewestFirstWithTheirDetails() {
        String actor = newId("admin");
        String admin = admin();
        String user = newId("user");
        Instant t = Instant.now().minusSeconds(60);
        events.send(user, new ProfileVerified(user, actor, t), t);
        events.send(user, new ProfileRejected(user, actor, "wrong year", true, t), t.plusSeconds(1));
        events.send(user, new UserRoleChanged(user, "STUDENT", "ALUMNI", actor), t.plusSeconds(2));
        events.send(user, new UserStatusChanged(user, "ACTIVE", "SUSPENDED", "spam", actor), t.plusSeconds(3));
        events.send("key-1", new ApiKeyRevoked("key-1", "client-1", "Acme", actor), t.plusSeconds(4));
        events.send("post-1", new ContentModerated("POST", "post-1", user, "REMOVE", actor, "spam"), t.plusSeconds(5));
        events.send(user, new AdminActionRecorded(actor, "USERS_IMPORTED", "IMPORT", "batch-7", t.plusSeconds(6),
                Map.of("rows", "120")), t.plusSeconds(6));

        JsonNode page = await().atMost(WAIT).until(() -> api.get("/api/admin/audit-log?actorId=" + actor, admin).json(),
                p -> p.path("totalElements").asLong() == 7);

        assertThat(page.path("items")).extracting(e -> e.path("action").asString()).containsExactly("USERS_IMPORTED",
                "CONTENT_MODERATED", "API_KEY_REVOKED", "USER_STATUS_CHANGED", "USER_ROLE_CHANGED", "PROFILE_REJECTED",
                "PROFILE_VERIFIED");
        JsonNode status = page.path("items").get(3);
        assertThat(status.path("targetType").asString()).isEqualTo("USER");
        assertThat(status.path("targetId").asString()).isEqualTo(user);
        assertThat(status.path("details").path("newStatus").asString()).isEqualTo("SUSPENDED");
        assertThat(status.path("at").asString()).isEqualTo(t.plusSeconds(3).toString());
        assertThat(page.path("items").get(0).path("details").path("rows").asString()).isEqualTo("120");
    }

    @Test
    void filtersNarrowTheLogAndTheTimeRangeIsFromInclusiveToExclusive() {
        String actor = newId("admin");
        String admin = admin();
        Instant t = Instant.parse("2026-06-01T00:00:00Z");
        String a = newId("user");
        String b = newId("user");
        events.send(a, new ProfileVerified(a, actor, t), t);
        events.send(b, new ProfileVerified(b, actor, t), t.plusSeconds(3600));
        events.send(b, new UserRoleChanged(b, "ALUMNI", "ADMIN", actor), t.plusSeconds(7200));
        await().atMost(WAIT).until(() -> api.get("/api/admin/audit-log?actorId=" + actor, admin).json()
                .path("totalElements").asLong() == 3);

        assertThat(total(admin, "actorId=" + actor + "&action=PROFILE_VERIFIED")).isEqualTo(2);
        assertThat(total(admin, "actorId=" + actor + "&targetId=" + b)).isEqualTo(2);
        assertThat(total(admin, "actorId=" + actor + "&targetType=USER")).isEqualTo(1);
        assertThat(total(admin, "actorId=" + actor + "&from=" + t + "&to=" + t.plusSeconds(3600))).isEqualTo(1);
        Api.Response paged = api.get("/api/admin/audit-log?actorId=" + actor + "&page=1&size=2", admin);
        assertThat(paged.json().path("items")).hasSize(1);
        assertThat(paged.json().path("totalPages").asLong()).isEqualTo(2);
        Api.Response backwards = api.get("/api/admin/audit-log?from=" + t.plusSeconds(1) + "&to=" + t, admin);
        assertThat(backwards.status()).isEqualTo(400);
        Api.Response notADate = api.get("/api/admin/audit-log?from=yesterday", admin);
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRedeliveredEventIsOneEntryAndNoEndpointChangesTheLog() {
        String actor = newId("admin");
        String admin = admin();
        String user = newId("user");
        Instant t = Instant.now();
        String id = events.send(user, new ProfileVerified(user, actor, t), t);
        events.send(id, user, new ProfileVerified(user, actor, t), t);
        events.send(id, user, new ProfileVerified(user, actor, t), t);

        await().atMost(WAIT).until(() -> total(admin, "actorId=" + actor) == 1);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> total(admin, "actorId=" + actor) == 1);

        assertThat(api.delete("/api/admin/audit-log", admin).status()).isEqualTo(405);
        assertThat(api.put("/api/admin/audit-log", Map.of(), admin).status()).isEqualTo(405);
        assertThat(api.get("/api/admin/audit-log", bearer(user, "STUDENT")).status()).isEqualTo(403);
    }

    private long total(String admin, String query) {
        return api.get("/api/admin/audit-log?" + query, admin).json().path("totalElements").asLong();
    }
}
