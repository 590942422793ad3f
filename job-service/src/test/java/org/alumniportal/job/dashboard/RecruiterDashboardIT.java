package org.alumniportal.job.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class RecruiterDashboardIT extends JobIntegrationTest {

    @Test
    void aPosterSeesTheirJobsWithCountsAnalyticsAndASummary() {
        String poster = bearer(newId("alumnus"), "ALUMNI");
        String busy = postJob(poster, jobBody("Busy job", "Acme"));
        String quiet = postJob(poster, jobBody("Quiet job", "Acme"));
        postJob(bearer(newId("recruiter"), "RECRUITER"), jobBody("Someone else's", "Acme"));
        String first = applyTo(busy, bearer(newId("student"), "STUDENT"));
        applyTo(busy, bearer(newId("student"), "STUDENT"));
        api.get("/api/jobs/" + busy, bearer(newId("student"), "STUDENT"));
        api.get("/api/applications/" + first, poster);
        api.put("/api/applications/" + first + "/status", Map.of("status", "SHORTLISTED"), poster);

        Api.Response jobs = api.get("/api/recruiter/jobs", poster);
        assertThat(jobs.status()).isEqualTo(200);
        assertThat(jobs.json().path("totalElements").asLong()).isEqualTo(2);
        JsonNode newest = jobs.json().path("items").get(0);
        JsonNode older = jobs.json().path("items").get(1);
        assertThat(newest.path("id").asString()).isEqualTo(quiet);
        assertThat(newest.path("applications").asLong()).isZero();
        assertThat(older.path("applications").asLong()).isEqualTo(2);
        assertThat(older.path("applicationsByStatus").path("SHORTLISTED").asLong()).isEqualTo(1);

        JsonNode analytics = api.get("/api/recruiter/analytics", poster).json();
        assertThat(analytics.path("applications").asLong()).isEqualTo(2);
        assertThat(analytics.path("perJob").path("totalElements").asLong()).isEqualTo(2);
        JsonNode busyStats = analytics.path("perJob").path("items").valueStream()
                .filter(j -> j.path("jobId").asString().equals(busy)).findFirst().orElseThrow();
        assertThat(busyStats.path("views").asLong()).isEqualTo(1);
        assertThat(busyStats.path("applications").asLong()).isEqualTo(2);
        assertThat(busyStats.path("reachedShare").path("SHORTLISTED").asDouble()).isEqualTo(0.5);
        assertThat(busyStats.path("responded").asLong()).isEqualTo(1);
        assertThat(busyStats.path("medianHoursToFirstResponse").isNumber()).isTrue();

        JsonNode summary = api.get("/api/recruiter/applications/summary", poster).json();
        assertThat(summary.path("total").asLong()).isEqualTo(2);
        assertThat(summary.path("byStatus").path("SUBMITTED").asLong()).isEqualTo(1);
        assertThat(summary.path("byStatus").path("SHORTLISTED").asLong()).isEqualTo(1);
    }

    @Test
    void studentsHaveNoRecruiterDashboard() {
        Api.Response refused = api.get("/api/recruiter/analytics", bearer(newId("student"), "STUDENT"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("forbidden");
    }
}
