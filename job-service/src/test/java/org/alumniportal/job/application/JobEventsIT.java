package org.alumniportal.job.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.alumniportal.job.testing.JobIntegrationTest;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventSamples;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.application.ApplicationStatusChanged;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.application.ApplicationWithdrawn;
import org.alumniportal.platform.events.job.JobClosed;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.job.JobUpdated;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What other services read from Kafka, held against the contract samples beside the event records. */
class JobEventsIT extends JobIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode data(String recordValue) {
        return JSON.readTree(recordValue).path("data");
    }

    private static Set<String> fieldsOf(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }

    private static Set<String> sampleFields(Class<? extends DomainEvent> type) {
        return fieldsOf(JSON.valueToTree(EventSamples.read(JSON, type)).path("data"));
    }

    @Test
    void postingAndClosingAJobAreAnnouncedAsTheContractSays() {
        String posterId = newId("recruiter");
        String poster = bearer(posterId, "RECRUITER");
        Map<String, Object> body = jobBody("Backend Engineer", "Acme");
        body.put("remote", true);
        body.put("industry", "SOFTWARE");
        String jobId = postJob(poster, body);
        body.put("industry", "FINANCE");
        body.put("title", "Lead Backend Engineer");
        assertThat(api.put("/api/jobs/" + jobId, body, poster).status()).isEqualTo(200);
        api.post("/api/jobs/" + jobId + "/close", null, poster);
        api.post("/api/jobs/" + jobId + "/close", null, poster);

        JsonNode posted = data(events(Topics.JOB, jobId, "job.posted.v1", 1).get(0).value());
        assertThat(fieldsOf(posted)).isEqualTo(sampleFields(JobPosted.class));
        assertThat(posted.path("skillsRequired").valueStream().map(JsonNode::asString))
                .containsExactly("Java", "Spring Boot");
        assertThat(posted.path("remote").asBoolean()).isTrue();
        assertThat(posted.path("postedBy").asString()).isEqualTo(posterId);
        assertThat(posted.path("industry").asString()).isEqualTo("SOFTWARE");

        JsonNode updated = data(events(Topics.JOB, jobId, "job.updated.v1", 1).get(0).value());
        assertThat(fieldsOf(updated)).isEqualTo(sampleFields(JobUpdated.class));
        assertThat(updated.path("title").asString()).isEqualTo("Lead Backend Engineer");
        assertThat(updated.path("industry").asString()).isEqualTo("FINANCE");

        JsonNode closed = data(events(Topics.JOB, jobId, "job.closed.v1", 1).get(0).value());
        assertThat(fieldsOf(closed)).isEqualTo(sampleFields(JobClosed.class));
        assertThat(closed.path("reason").asString()).isEqualTo("CLOSED_BY_POSTER");
    }

    @Test
    void applicationsAreAnnouncedWhenSubmittedMovedAndWithdrawn() {
        String posterId = newId("recruiter");
        String poster = bearer(posterId, "RECRUITER");
        String studentId = newId("student");
        String student = bearer(studentId, "STUDENT");
        String jobId = postJob(poster, jobBody("Backend Engineer", "Acme"));
        String id = applyTo(jobId, student);
        api.get("/api/applications/" + id, poster);
        api.put("/api/applications/" + id + "/status", Map.of("status", "SHORTLISTED", "message", "Talk soon"), poster);
        api.post("/api/applications/" + id + "/withdraw", null, student);

        JsonNode submitted = data(events(Topics.APPLICATION, id, "application.submitted.v1", 1).get(0).value());
        assertThat(fieldsOf(submitted)).isEqualTo(sampleFields(ApplicationSubmitted.class));
        assertThat(submitted.path("posterId").asString()).isEqualTo(posterId);
        assertThat(submitted.path("applicantId").asString()).isEqualTo(studentId);
        assertThat(submitted.path("cvSource").asString()).isEqualTo("PROFILE");
        assertThat(submitted.path("jobTitle").asString()).isEqualTo("Backend Engineer");

        var changes = events(Topics.APPLICATION, id, "application.status-changed.v1", 2);
        JsonNode viewed = data(changes.get(0).value());
        JsonNode shortlisted = data(changes.get(1).value());
        assertThat(fieldsOf(shortlisted)).isEqualTo(sampleFields(ApplicationStatusChanged.class));
        assertThat(viewed.path("previousStatus").asString() + ">" + viewed.path("newStatus").asString())
                .isEqualTo("SUBMITTED>VIEWED");
        assertThat(shortlisted.path("newStatus").asString()).isEqualTo("SHORTLISTED");
        assertThat(shortlisted.path("message").asString()).isEqualTo("Talk soon");

        JsonNode withdrawn = data(events(Topics.APPLICATION, id, "application.withdrawn.v1", 1).get(0).value());
        assertThat(fieldsOf(withdrawn)).isEqualTo(sampleFields(ApplicationWithdrawn.class));
        assertThat(withdrawn.path("previousStatus").asString()).isEqualTo("SHORTLISTED");
    }
}
