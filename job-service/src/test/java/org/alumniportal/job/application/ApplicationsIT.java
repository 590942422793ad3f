package org.alumniportal.job.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ApplicationsIT extends JobIntegrationTest {

    private String posterId;
    private String poster;
    private String studentId;
    private String student;
    private String jobId;

    @BeforeEach
    void aPostedJob() {
        posterId = newId("recruiter");
        poster = bearer(posterId, "RECRUITER");
        studentId = newId("student");
        student = bearer(studentId, "STUDENT");
        jobId = postJob(poster, jobBody("Backend Engineer", "Acme"));
    }

    @Test
    void aStudentAppliesOnceAndASecondApplicationIsRefused() {
        Api.Response applied = api.post("/api/jobs/" + jobId + "/apply", Map.of("coverLetter", "Hire me"), student);

        assertThat(applied.status()).isEqualTo(201);
        JsonNode application = applied.json();
        assertThat(application.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(application.path("jobId").asString()).isEqualTo(jobId);
        assertThat(application.path("jobTitle").asString()).isEqualTo("Backend Engineer");
        assertThat(application.path("posterId").asString()).isEqualTo(posterId);
        assertThat(application.path("cvSource").asString()).isEqualTo("PROFILE");
        assertThat(application.path("cvPath").asString()).isEqualTo("/api/profiles/" + studentId + "/cv");
        assertThat(application.path("coverLetter").asString()).isEqualTo("Hire me");
        assertThat(application.path("viewedAt").isNull()).isTrue();

        Api.Response again = api.post("/api/jobs/" + jobId + "/apply", null, student);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("already-applied");
    }

    @Test
    void thePosterMovesTheApplicationThroughThePipelineAndAnIllegalJumpIsRefused() {
        String id = applyTo(jobId, student);

        Api.Response opened = api.get("/api/applications/" + id, poster);
        assertThat(opened.json().path("status").asString()).isEqualTo("VIEWED");
        assertThat(opened.json().path("viewedAt").isNull()).isFalse();

        Api.Response jump = api.put("/api/applications/" + id + "/status", Map.of("status", "OFFERED"), poster);
        assertThat(jump.status()).isEqualTo(409);
        assertThat(jump.problemType()).isEqualTo("illegal-status-transition");
        assertThat(jump.json().path("from").asString()).isEqualTo("VIEWED");
        assertThat(jump.json().path("to").asString()).isEqualTo("OFFERED");

        assertThat(move(id, "SHORTLISTED", "Great profile").json().path("responseMessage").asString())
                .isEqualTo("Great profile");
        move(id, "INTERVIEW", null);
        Api.Response offered = move(id, "OFFERED", "Welcome aboard");
        assertThat(offered.status()).isEqualTo(200);
        assertThat(offered.json().path("respondedAt").isNull()).isFalse();
        assertThat(offered.json().path("statusHistory").valueStream().map(s -> s.path("status").asString()))
                .containsExactly("SUBMITTED", "VIEWED", "SHORTLISTED", "INTERVIEW", "OFFERED");

        Api.Response afterFinal = api.post("/api/applications/" + id + "/withdraw", null, student);
        assertThat(afterFinal.status()).isEqualTo(409);
        assertThat(api.get("/api/applications/" + id, student).json().path("status").asString()).isEqualTo("OFFERED");
    }

    private Api.Response move(String id, String status, String message) {
        Map<String, Object> body = message == null ? Map.of("status", status) : Map.of("status", status, "message", message);
        Api.Response moved = api.put("/api/applications/" + id + "/status", body, poster);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return moved;
    }

    @Test
    void onlyThePartiesSeeAnApplicationAndToEveryoneElseItDoesNotExist() {
        String id = applyTo(jobId, student);

        Api.Response other = api.get("/api/applications/" + id, bearer(newId("student"), "STUDENT"));
        Api.Response missing = api.get("/api/applications/" + newId("missing"), bearer(newId("student"), "STUDENT"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.problemType()).isEqualTo("not-found");
        assertThat(other.json().path("title")).isEqualTo(missing.json().path("title"));
        Api.Response strangerWithdraws = api.post("/api/applications/" + id + "/withdraw", null,
                bearer(newId("student"), "STUDENT"));
        assertThat(strangerWithdraws.status()).isEqualTo(404);
        assertThat(strangerWithdraws.problemType()).isEqualTo("not-found");

        Api.Response own = api.get("/api/applications/" + id, student);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("status").asString()).as("the applicant's read is not a view").isEqualTo("SUBMITTED");
        assertThat(api.get("/api/applications/" + id, bearer(newId("admin"), "ADMIN")).status()).isEqualTo(200);

        assertThat(api.get("/api/jobs/" + jobId + "/applications", student).problemType()).isEqualTo("forbidden");
    }

    @Test
    void onlyThePosterMovesAndOnlyTheApplicantWithdraws() {
        String id = applyTo(jobId, student);

        assertThat(api.put("/api/applications/" + id + "/status", Map.of("status", "VIEWED"), student).problemType())
                .isEqualTo("forbidden");
        assertThat(api.post("/api/applications/" + id + "/withdraw", null, poster).problemType())
                .isEqualTo("forbidden");
        assertThat(api.put("/api/applications/" + id + "/status", Map.of("status", "WITHDRAWN"), poster).status())
                .isEqualTo(403);

        Api.Response withdrawn = api.post("/api/applications/" + id + "/withdraw", null, student);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void closedAndExpiredJobsRefuseApplications() {
        api.post("/api/jobs/" + jobId + "/close", null, poster);

        Api.Response refused = api.post("/api/jobs/" + jobId + "/apply", null, student);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("job-closed");

        Map<String, Object> soon = jobBody("Short-lived", "Acme");
        soon.put("applicationDeadline", clock.instant().plus(Duration.ofMinutes(10)).toString());
        String expiring = postJob(poster, soon);
        clock.advance(Duration.ofMinutes(11));
        assertThat(api.post("/api/jobs/" + expiring + "/apply", null, student).problemType()).isEqualTo("job-closed");
    }

    @Test
    void alumniApplyOnlyWhereThePosterAllowsIt() {
        String alumnus = bearer(newId("alumnus"), "ALUMNI");
        Map<String, Object> open = jobBody("Open to alumni", "Acme");
        open.put("allowAlumniApplicants", true);
        String openJob = postJob(poster, open);

        assertThat(api.post("/api/jobs/" + jobId + "/apply", null, alumnus).problemType()).isEqualTo("forbidden");
        assertThat(api.post("/api/jobs/" + openJob + "/apply", null, alumnus).status()).isEqualTo(201);
        assertThat(api.post("/api/jobs/" + openJob + "/apply", null, bearer(newId("r"), "RECRUITER")).status())
                .isEqualTo(403);
    }

    @Test
    void aCoverLetterOverFiveThousandCharactersIsAFieldError() {
        Api.Response refused = api.post("/api/jobs/" + jobId + "/apply", Map.of("coverLetter", "x".repeat(5001)),
                student);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("coverLetter");
    }

    @Test
    void myApplicationsAndAJobsApplicationsArePagedAndFilterable() {
        String first = applyTo(jobId, student);
        String secondJob = postJob(poster, jobBody("Second", "Acme"));
        applyTo(secondJob, student);
        String otherStudent = bearer(newId("student"), "STUDENT");
        String other = applyTo(jobId, otherStudent);
        api.get("/api/applications/" + first, poster);

        Api.Response mine = api.get("/api/applications/my-applications?size=1", student);
        assertThat(mine.json().path("totalElements").asLong()).isEqualTo(2);
        assertThat(mine.json().path("items").get(0).path("jobTitle").asString()).isEqualTo("Second");

        Api.Response forJob = api.get("/api/jobs/" + jobId + "/applications", poster);
        assertThat(forJob.json().path("items").valueStream().map(a -> a.path("id").asString()))
                .containsExactly(other, first);
        Api.Response submitted = api.get("/api/jobs/" + jobId + "/applications?status=SUBMITTED", poster);
        assertThat(submitted.json().path("items").valueStream().map(a -> a.path("id").asString()))
                .containsExactly(other);
    }
}
