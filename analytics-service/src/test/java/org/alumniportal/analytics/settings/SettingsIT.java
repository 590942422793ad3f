package org.alumniportal.analytics.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.TopicRecords;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Admins read and change typed settings; each change is announced, audited once, and bad input is a problem. */
class SettingsIT extends AnalyticsIntegrationTest {

    @Test
    void everyAgreedKeyIsListedWithItsTypedValue() {
        JsonNode settings = api.get("/api/admin/settings", admin()).json();

        JsonNode values = settings.path("values");
        assertThat(values.path("registration.open").isBoolean()).isTrue();
        assertThat(values.path("uploads.maxCvMb").isNumber()).isTrue();
        assertThat(values.path("recruiters.trustedDomains").isArray()).isTrue();
        assertThat(values.has("jobs.unverifiedAlumniMayPost")).isTrue();
        assertThat(values.has("jobs.postingApprovalRequired")).isTrue();
        assertThat(values.has("uploads.maxPhotoMb")).isTrue();
        assertThat(values.has("mail.sender")).isTrue();
        assertThat(settings.path("settings")).allSatisfy(s -> {
            assertThat(s.path("type").asString()).isIn("BOOLEAN", "INTEGER", "EMAIL", "DOMAIN_LIST");
            assertThat(s.path("description").asString()).isNotBlank();
        });
    }

    @Test
    void aChangeIsStoredAnnouncedAndAuditedOnce() {
        String adminId = newId("admin");
        String admin = bearer(adminId, "ADMIN");
        long current = api.get("/api/admin/settings", admin).json().path("values").path("uploads.maxPhotoMb").asLong();
        long next = current >= 9 ? 1 : current + 1;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uploads.maxPhotoMb", next);
        body.put("recruiters.trustedDomains", List.of("Acme.com", "hire.example.org"));

        Api.Response changed = api.put("/api/admin/settings", body, admin);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("values").path("uploads.maxPhotoMb").asLong()).isEqualTo(next);
        assertThat(api.get("/api/admin/settings", admin).json().path("values").path("recruiters.trustedDomains"))
                .extracting(JsonNode::asString).containsExactly("acme.com", "hire.example.org");
        var announced = TopicRecords.await(PortalInfrastructure.shared().kafkaBootstrapServers(), Topics.ADMIN,
                r -> r.value().contains("settings.changed.v1") && r.value().contains(adminId)
                        && r.value().contains("uploads.maxPhotoMb"), 1, WAIT);
        assertThat(announced.get(0).value()).contains("\"previousValue\":\"" + current + "\"",
                "\"newValue\":\"" + next + "\"");
        TopicRecords.await(PortalInfrastructure.shared().kafkaBootstrapServers(), Topics.ADMIN,
                r -> r.value().contains("admin.action.v1") && r.value().contains(adminId), 2, WAIT);

        JsonNode audit = await().atMost(WAIT).until(() -> api.get("/api/admin/audit-log?actorId=" + adminId, admin)
                .json(), page -> page.path("totalElements").asLong() >= 2);
        assertThat(audit.path("totalElements").asLong()).isEqualTo(2);
        assertThat(audit.path("items")).extracting(e -> e.path("targetId").asString())
                .containsExactlyInAnyOrder("uploads.maxPhotoMb", "recruiters.trustedDomains");
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> api.get("/api/admin/audit-log?actorId="
                + adminId, admin).json().path("totalElements").asLong() == 2);
    }

    @Test
    void writingTheSameValueAgainAnnouncesNothing() {
        String adminId = newId("admin");
        String admin = bearer(adminId, "ADMIN");
        boolean open = api.get("/api/admin/settings", admin).json().path("values").path("registration.open").asBoolean();

        Api.Response same = api.put("/api/admin/settings", Map.of("registration.open", open), admin);

        assertThat(same.status()).isEqualTo(200);
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> api.get("/api/admin/audit-log?actorId="
                + adminId, admin).json().path("totalElements").asLong() == 0);
    }

    @Test
    void anUnknownKeyOrAWrongTypeIsAValidationProblemAndNothingIsWritten() {
        String admin = admin();
        long before = api.get("/api/admin/settings", admin).json().path("values").path("uploads.maxCvMb").asLong();

        Api.Response bad = api.put("/api/admin/settings", Map.of("uploads.maxCvMb", before == 7 ? 8 : 7,
                "registration.open", "yes", "no.such.key", true), admin);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemType()).isEqualTo("validation");
        assertThat(bad.json().path("errors")).extracting(e -> e.path("field").asString())
                .containsExactlyInAnyOrder("registration.open", "no.such.key");
        assertThat(api.get("/api/admin/settings", admin).json().path("values").path("uploads.maxCvMb").asLong())
                .isEqualTo(before);
        assertThat(api.put("/api/admin/settings", Map.of(), admin).status()).isEqualTo(400);
        Api.Response malformed = api.put("/api/admin/settings", "{not json", admin);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyAnAdminReadsOrChangesSettings() {
        String alumnus = bearer(newId("alumnus"), "ALUMNI");

        assertThat(api.get("/api/admin/settings", alumnus).status()).isEqualTo(403);
        Api.Response put = api.put("/api/admin/settings", Map.of("registration.open", false), alumnus);
        assertThat(put.status()).isEqualTo(403);
        assertThat(put.problemType()).isEqualTo("forbidden");
    }
}
