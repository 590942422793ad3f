package org.alumniportal.job.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.alumniportal.platform.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class JobsIT extends JobIntegrationTest {

    @Test
    void aRecruiterPostsAJobWithNormalisedSkillsInCamelCaseJson() {
        String recruiter = newId("recruiter");
        Map<String, Object> body = jobBody("Backend Engineer", "Acme");
        body.put("skillsRequired", List.of(" js ", "SPRING  boot", "JavaScript", "Elm"));

        Api.Response created = api.post("/api/jobs/create", body, bearer(recruiter, "RECRUITER"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode job = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/jobs/" + job.path("id").asString());
        assertThat(job.path("title").asString()).isEqualTo("Backend Engineer");
        assertThat(job.path("jobType").asString()).isEqualTo("FULL_TIME");
        assertThat(job.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(job.path("postedBy").asString()).isEqualTo(recruiter);
        assertThat(job.path("posterRole").asString()).isEqualTo("RECRUITER");
        assertThat(job.path("skillsRequired").valueStream().map(JsonNode::asString))
                .containsExactly("JavaScript", "Spring Boot", "Elm");
        assertThat(job.path("applicationDeadline").asString()).endsWith("Z");
        assertThat(job.path("salaryRange").path("currency").asString()).isEqualTo("INR");
        assertThat(job.path("experienceRequired").path("minYears").asInt()).isEqualTo(1);
    }

    @Test
    void aStudentCannotPostAJob() {
        Api.Response refused = api.post("/api/jobs", jobBody("Dev", "Acme"), bearer(newId("student"), "STUDENT"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("forbidden");
    }

    @Test
    void aDeadlineInThePastIsAFieldError() {
        Map<String, Object> body = jobBody("Dev", "Acme");
        body.put("applicationDeadline", "2020-01-01T00:00:00Z");
        body.remove("jobType");

        Api.Response refused = api.post("/api/jobs", body, bearer(newId("alumnus"), "ALUMNI"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).isEqualTo("validation");
        assertThat(refused.json().path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("applicationDeadline", "jobType");
    }

    @Test
    void viewsCountOtherReadersButNotThePoster() {
        String poster = bearer(newId("alumnus"), "ALUMNI");
        String jobId = postJob(poster, jobBody("Dev", "Acme"));

        api.get("/api/jobs/" + jobId, poster);
        api.get("/api/jobs/" + jobId, bearer(newId("student"), "STUDENT"));
        Api.Response seen = api.get("/api/jobs/" + jobId, bearer(newId("student"), "STUDENT"));

        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().path("views").asLong()).isEqualTo(2);
        assertThat(api.get("/api/jobs/" + jobId, poster).json().path("views").asLong()).isEqualTo(2);
    }

    @Test
    void anIndustryIsOptionalStoredAndOnlyFromTheFixedList() {
        String poster = bearer(newId("recruiter"), "RECRUITER");
        Map<String, Object> body = jobBody("Dev", "Acme");
        body.put("industry", "FINANCE");
        String jobId = postJob(poster, body);
        assertThat(api.get("/api/jobs/" + jobId, poster).json().path("industry").asString()).isEqualTo("FINANCE");

        Map<String, Object> unknown = jobBody("Dev", "Acme");
        unknown.put("industry", "SPACE_MINING");
        Api.Response refused = api.post("/api/jobs", unknown, poster);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).isEqualTo("validation");
        assertThat(refused.json().path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactly("industry");

        Map<String, Object> cleared = jobBody("Dev", "Acme");
        Api.Response edited = api.put("/api/jobs/" + jobId, cleared, poster);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().path("industry").isString()).as("no industry after the edit").isFalse();
        assertThat(api.get("/api/jobs/" + jobId, poster).json().path("industry").isString()).isFalse();
    }

    @Test
    void onlyThePosterUpdatesOrClosesTheJob() {
        String poster = bearer(newId("recruiter"), "RECRUITER");
        String jobId = postJob(poster, jobBody("Dev", "Acme"));
        String other = bearer(newId("recruiter"), "RECRUITER");
        Map<String, Object> edited = jobBody("Senior Dev", "Acme");
        edited.put("skillsRequired", List.of("k8s"));

        assertThat(api.put("/api/jobs/" + jobId, edited, other).problemType()).isEqualTo("forbidden");
        assertThat(api.post("/api/jobs/" + jobId + "/close", null, other).status()).isEqualTo(403);

        Api.Response updated = api.put("/api/jobs/" + jobId, edited, poster);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("title").asString()).isEqualTo("Senior Dev");
        assertThat(updated.json().path("skillsRequired").get(0).asString()).isEqualTo("Kubernetes");

        Api.Response closed = api.post("/api/jobs/" + jobId + "/close", null, poster);
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("closedAt").isNull()).isFalse();
        assertThat(api.put("/api/jobs/" + jobId, edited, poster).problemType()).isEqualTo("job-closed");
    }

    @Test
    void anAdminDeletesAnyJobWhichThenIsGoneAndAnnouncedAsClosed() {
        String poster = bearer(newId("recruiter"), "RECRUITER");
        String jobId = postJob(poster, jobBody("Dev", "Acme"));

        assertThat(api.delete("/api/jobs/" + jobId, bearer(newId("student"), "STUDENT")).problemType())
                .isEqualTo("forbidden");
        assertThat(api.delete("/api/jobs/" + jobId, bearer(newId("admin"), "ADMIN")).status()).isEqualTo(204);

        assertThat(api.get("/api/jobs/" + jobId, poster).problemType()).isEqualTo("not-found");
        assertThat(events(Topics.JOB, jobId, "job.closed.v1", 1).get(0).value()).contains("\"reason\":\"DELETED\"");
    }

    @Autowired
    JobService service;

    @Test
    void theDeadlineSweepClosesExpiredJobsOnceAndAnnouncesIt() {
        String poster = bearer(newId("recruiter"), "RECRUITER");
        Map<String, Object> body = jobBody("Dev", "Acme");
        body.put("applicationDeadline", clock.instant().plus(Duration.ofMinutes(5)).toString());
        String jobId = postJob(poster, body);
        clock.advance(Duration.ofMinutes(6));

        service.closeExpired();
        service.closeExpired();

        assertThat(api.get("/api/jobs/" + jobId, poster).json().path("closedAt").isNull()).isFalse();
        assertThat(events(Topics.JOB, jobId, "job.closed.v1", 1).get(0).value()).contains("\"reason\":\"DEADLINE\"");
    }

    @Test
    void aJobPastItsDeadlineShowsAsClosed() {
        String poster = bearer(newId("recruiter"), "RECRUITER");
        Map<String, Object> body = jobBody("Dev", "Acme");
        body.put("applicationDeadline", clock.instant().plus(Duration.ofHours(1)).toString());
        String jobId = postJob(poster, body);

        clock.advance(Duration.ofHours(2));

        Api.Response job = api.get("/api/jobs/" + jobId, poster);
        assertThat(job.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(job.json().path("acceptingApplications").asBoolean()).isFalse();
    }
}
