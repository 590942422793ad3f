package org.alumniportal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.alumniportal.platform.test.ServiceBasicsContract;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;

class AnalyticsServiceIT extends ServiceBasicsContract {

    AnalyticsServiceIT() {
        super("/api/analytics/skills", "analytics");
    }

    @Test
    void anAuthenticatedCallToAPathNotBuiltYetIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/analytics/skills", TestJwts.user("user-1").roles("ALUMNI").bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
