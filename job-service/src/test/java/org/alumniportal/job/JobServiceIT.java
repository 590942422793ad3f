package org.alumniportal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.alumniportal.job.testing.MovableTimeConfiguration;
import org.alumniportal.platform.test.ServiceBasicsContract;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/** The basics every service shows; imports the ITs' clock so that it shares their application context. */
@Import(MovableTimeConfiguration.class)
class JobServiceIT extends ServiceBasicsContract {

    JobServiceIT() {
        super("/api/jobs", "job");
    }

    @Override
    public Probes problemProbes() {
        return new Probes(TestJwts.user("probe").roles("STUDENT").bearer(), "/api/jobs/{id}", "/api/jobs", "/api/jobs?jobType=NOPE",
                TestJwts.user("probe").roles("STUDENT").bearer(), "/api/recruiter/jobs");
    }

    @Test
    void anAuthenticatedCallListsOpenJobsAsAPage() throws Exception {
        HttpResponse<String> response = get("/api/jobs?size=500", TestJwts.user("user-1").roles("STUDENT").bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"items\":[").contains("\"size\":100").contains("\"page\":0");
    }
}
