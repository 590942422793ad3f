package org.alumniportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.alumniportal.platform.test.ServiceBasicsContract;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

// Closed after the class: its consumers must not keep sharing the event topics with the other ITs' context.
@DirtiesContext
class NotificationServiceIT extends ServiceBasicsContract {

    NotificationServiceIT() {
        super("/api/notifications", "notification");
    }

    @Override
    public Probes problemProbes() {
        return new Probes(TestJwts.user("probe").roles("ALUMNI").bearer(), "PUT /api/notifications/{id}/read", "/api/notifications", "/api/notifications?type=NOPE",
                null, null);
    }

    @Test
    void aNewUserHasAnEmptyFirstPage() throws Exception {
        HttpResponse<String> response = get("/api/notifications", TestJwts.user("user-1").roles("ALUMNI").bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"items\":[]").contains("\"totalElements\":0");
    }

    @Test
    void theOpenApiDocumentListsTheEndpointsWithoutTheCurrentUserArgument() throws Exception {
        String docs = get("/v3/api-docs", null).body();

        assertThat(docs).contains("/api/notifications/unread-count", "/api/notifications/preferences",
                "/api/notifications/stream", "/api/notifications/unsubscribe", "/api/notifications/read-all");
        assertThat(docs).doesNotContain("\"name\":\"user\"");
        assertThat(docs).contains("JOB_MATCH", "WEEKLY");
    }
}
