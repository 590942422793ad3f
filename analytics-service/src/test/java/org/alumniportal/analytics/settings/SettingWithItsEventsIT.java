package org.alumniportal.analytics.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;

import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.platform.outbox.OutboxEntry;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.test.MongoFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A setting and its two events (settings.changed.v1, admin.action.v1) are written together: when the outbox cannot
 * store them the value does not change. (Written value first and events second, a failed outbox left job-service
 * applying the old value while the settings page showed the new one.)
 */
@Import(MongoFailures.class)
class SettingWithItsEventsIT extends AnalyticsIntegrationTest {

    private static final String KEY = "uploads.maxCvMb";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoFailures failures;

    @AfterEach
    void outboxWorksAgain() {
        failures.heal();
    }

    private List<OutboxEntry> outboxBy(String adminId) {
        return mongo.find(query(where("key").is(KEY)), OutboxEntry.class).stream()
                .filter(entry -> entry.payload().contains(adminId)).toList();
    }

    @Test
    void aChangeWhoseEventsCannotBeStoredKeepsTheOldValueUntilAllAreWritten() {
        String adminId = newId("admin");
        String admin = bearer(adminId, "ADMIN");
        long current = api.get("/api/admin/settings", admin).json().path("values").path(KEY).asLong();
        long next = current >= 9 ? 2 : current + 1;

        failures.refuseOutboxWrites();
        Api.Response refused = api.put("/api/admin/settings", Map.of(KEY, next), admin);
        failures.heal();

        assertThat(refused.status()).isGreaterThanOrEqualTo(500);
        assertThat(api.get("/api/admin/settings", admin).json().path("values").path(KEY).asLong()).isEqualTo(current);
        assertThat(outboxBy(adminId)).isEmpty();

        assertThat(api.put("/api/admin/settings", Map.of(KEY, next), admin).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/settings", admin).json().path("values").path(KEY).asLong()).isEqualTo(next);
        assertThat(outboxBy(adminId)).extracting(OutboxEntry::type)
                .containsExactlyInAnyOrder("settings.changed.v1", "admin.action.v1");
        assertThat(outboxBy(adminId)).allSatisfy(entry ->
                assertThat(entry.status()).isNotEqualTo(OutboxEntry.Status.STAGED));
    }
}
