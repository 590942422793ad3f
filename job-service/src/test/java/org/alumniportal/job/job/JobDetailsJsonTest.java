package org.alumniportal.job.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class JobDetailsJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aPostingWithoutTheOptionalFlagsIsOnSiteAndForStudentsOnly() {
        JobDetails details = json.readValue("""
                {"title": "Dev", "company": "Acme", "jobType": "FULL_TIME",
                 "applicationDeadline": "2030-01-01T00:00:00Z", "remote": null}""", JobDetails.class);

        assertThat(details.remote()).isFalse();
        assertThat(details.allowAlumniApplicants()).isFalse();
    }
}
