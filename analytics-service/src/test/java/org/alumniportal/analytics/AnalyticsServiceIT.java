package org.alumniportal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.alumniportal.platform.test.ServiceBasicsContract;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;

class AnalyticsServiceIT extends ServiceBasicsContract {

    private static final List<String> ADMIN_ONLY = List.of("/api/admin/dashboard/metrics",
            "/api/admin/dashboard/charts", "/api/admin/audit-log", "/api/admin/settings",
            "/api/admin/analytics/rebuild", "/api/analytics/skills", "/api/analytics/locations",
            "/api/analytics/companies", "/api/analytics/batches", "/api/analytics/job-trends",
            "/api/analytics/mentorship-stats", "/api/analytics/event-participation", "/api/analytics/engagement");

    AnalyticsServiceIT() {
        super("/api/analytics/skills", "analytics");
    }

    @Override
    public Probes problemProbes() {
        return new Probes(TestJwts.user("probe-admin").roles("ADMIN").bearer(), "/api/aes/user/{id}", "/api/analytics/skills", "/api/admin/dashboard/charts?bucket=NOPE",
                TestJwts.user("probe").roles("ALUMNI").bearer(), "/api/analytics/skills");
    }

    @Test
    void aStudentOrAnAlumnusGetsForbiddenOnEveryAdminAndAnalyticsPath() throws Exception {
        for (String role : List.of("STUDENT", "ALUMNI", "RECRUITER")) {
            String bearer = TestJwts.user("user-" + role).roles(role).bearer();
            for (String path : ADMIN_ONLY) {
                HttpResponse<String> response = get(path, bearer);

                assertThat(response.statusCode()).as(role + " " + path).isEqualTo(403);
                assertThat(response.body()).contains("/problems/forbidden");
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            }
        }
    }

    @Test
    void anAdminReadsEveryAnalyticsPath() throws Exception {
        String admin = TestJwts.user("admin-1").roles("ADMIN").bearer();
        for (String path : ADMIN_ONLY) {
            assertThat(get(path, admin).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theOpenApiDocumentHidesTheCurrentUserAndDocumentsTheEndpoints() throws Exception {
        String docs = get("/v3/api-docs", null).body();

        assertThat(docs).contains("/api/admin/dashboard/metrics", "/api/admin/settings", "/api/admin/audit-log",
                "/api/engagement/leaderboard", "/api/skill-graph/network", "/api/career/predict",
                "/api/heatmap/talent");
        assertThat(docs).doesNotContain("\"name\":\"user\"");
    }
}
