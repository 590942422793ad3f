package org.alumniportal.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.notification.testing.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class PreferencesIT extends NotificationIntegrationTest {

    @Test
    void defaultsMailAccountAndMentorshipMattersButNotJobMatches() {
        JsonNode preferences = api.get("/api/notifications/preferences", bearer(newId("fresh"))).json();

        assertThat(preferences.path("emailEnabled").asBoolean()).isTrue();
        assertThat(preferences.path("pushEnabled").asBoolean()).isTrue();
        assertThat(preferences.path("digest").asString()).isEqualTo("OFF");
        JsonNode types = preferences.path("types");
        assertThat(types.size()).isEqualTo(16);
        assertThat(types.path("PROFILE_VERIFIED").path("email").asBoolean()).isTrue();
        assertThat(types.path("ACCOUNT_SUSPENDED").path("email").asBoolean()).isTrue();
        assertThat(types.path("MENTORSHIP_REQUESTED").path("email").asBoolean()).isTrue();
        assertThat(types.path("JOB_MATCH").path("email").asBoolean()).isFalse();
        assertThat(types.path("JOB_MATCH").path("inApp").asBoolean()).isTrue();
    }

    @Test
    void aChangeKeepsWhatItLeavesOutAndIsWhatTheNextReadShows() {
        String me = newId("chooser");
        api.put("/api/notifications/preferences",
                Map.of("types", Map.of("JOB_MATCH", Map.of("inApp", true, "email", true))), bearer(me));

        Api.Response changed = api.put("/api/notifications/preferences", Map.of("digest", "WEEKLY",
                "pushEnabled", false, "types", Map.of("FORUM_REPLY", Map.of("inApp", false, "email", false))),
                bearer(me));

        assertThat(changed.status()).isEqualTo(200);
        JsonNode read = api.get("/api/notifications/preferences", bearer(me)).json();
        assertThat(read).isEqualTo(changed.json());
        assertThat(read.path("digest").asString()).isEqualTo("WEEKLY");
        assertThat(read.path("pushEnabled").asBoolean()).isFalse();
        assertThat(read.path("emailEnabled").asBoolean()).isTrue();
        assertThat(read.path("types").path("JOB_MATCH").path("email").asBoolean()).isTrue();
        assertThat(read.path("types").path("FORUM_REPLY").path("inApp").asBoolean()).isFalse();
    }

    @Test
    void anUnknownTypeIsABadRequestNamingItAndChangesNothing() {
        String me = newId("typo");

        Api.Response refused = api.put("/api/notifications/preferences", Map.of("emailEnabled", false,
                "types", Map.of("JOB_MATCHES", Map.of("inApp", true, "email", true))), bearer(me));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.problemType()).isEqualTo("validation");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("types.JOB_MATCHES");
        assertThat(api.get("/api/notifications/preferences", bearer(me)).json().path("emailEnabled").asBoolean())
                .isTrue();
    }

    @Test
    void anUnknownDigestIsABadRequest() {
        Api.Response refused = api.put("/api/notifications/preferences", Map.of("digest", "HOURLY"),
                bearer(newId("hourly")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
}
