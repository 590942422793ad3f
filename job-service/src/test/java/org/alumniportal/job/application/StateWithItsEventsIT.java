package org.alumniportal.job.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;

import org.alumniportal.job.job.Job;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.alumniportal.platform.outbox.OutboxEntry;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.test.MongoFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A job's or an application's change and its event are written together: when the outbox cannot store the event
 * the change is not made either, and when the change fails no event is released. (Written state first and the
 * event second, a failed outbox left a closed job or a withdrawn application that no other service heard of.)
 */
@Import(MongoFailures.class)
class StateWithItsEventsIT extends JobIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoFailures failures;

    @AfterEach
    void outboxWorksAgain() {
        failures.heal();
    }

    private void outboxRefusesWrites() {
        failures.refuseOutboxWrites();
    }

    private List<OutboxEntry> outbox(String subject, String type) {
        return mongo.find(query(where("key").is(subject).and("type").is(type)), OutboxEntry.class);
    }

    @Test
    void aJobWhoseClosedEventCannotBeStoredStaysOpenUntilBothAreWritten() {
        String poster = bearer(newId("recruiter"), "RECRUITER");
        String jobId = postJob(poster, jobBody("Platform Engineer", "Outbox Ltd"));

        outboxRefusesWrites();
        assertThat(api.post("/api/jobs/" + jobId + "/close", null, poster).status()).isGreaterThanOrEqualTo(500);
        failures.heal();

        assertThat(api.get("/api/jobs/" + jobId, poster).json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(outbox(jobId, "job.closed.v1")).isEmpty();

        assertThat(api.post("/api/jobs/" + jobId + "/close", null, poster).status()).isEqualTo(200);
        assertThat(api.get("/api/jobs/" + jobId, poster).json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(outbox(jobId, "job.closed.v1")).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isNotEqualTo(OutboxEntry.Status.STAGED));
    }

    @Test
    void aCloseWhoseJobWriteFailsReleasesNoClosedEvent() {
        String poster = bearer(newId("recruiter"), "RECRUITER");
        String jobId = postJob(poster, jobBody("Data Engineer", "Outbox Ltd"));

        failures.failUpdatesOf(Job.class);
        assertThat(api.post("/api/jobs/" + jobId + "/close", null, poster).status()).isGreaterThanOrEqualTo(500);
        failures.heal();

        assertThat(outbox(jobId, "job.closed.v1")).as("no event, not even a staged one the relay would release")
                .isEmpty();
        assertThat(api.get("/api/jobs/" + jobId, poster).json().path("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void anApplicationIsNotSubmittedMovedOrWithdrawnWithoutItsEvent() {
        String poster = bearer(newId("recruiter"), "RECRUITER");
        String student = bearer(newId("student"), "STUDENT");
        String jobId = postJob(poster, jobBody("Backend Engineer", "Outbox Ltd"));

        outboxRefusesWrites();
        assertThat(api.post("/api/jobs/" + jobId + "/apply", Map.of("coverLetter", "Hello"), student).status())
                .isGreaterThanOrEqualTo(500);
        failures.heal();
        String id = applyTo(jobId, student);
        assertThat(outbox(id, "application.submitted.v1")).hasSize(1);

        api.get("/api/applications/" + id, poster);
        outboxRefusesWrites();
        Api.Response moved = api.put("/api/applications/" + id + "/status", Map.of("status", "SHORTLISTED"), poster);
        Api.Response withdrawn = api.post("/api/applications/" + id + "/withdraw", null, student);
        failures.heal();

        assertThat(moved.status()).isGreaterThanOrEqualTo(500);
        assertThat(withdrawn.status()).isGreaterThanOrEqualTo(500);
        assertThat(api.get("/api/applications/" + id, student).json().path("status").asString()).isEqualTo("VIEWED");
        assertThat(outbox(id, "application.withdrawn.v1")).isEmpty();
        assertThat(outbox(id, "application.status-changed.v1")).as("only SUBMITTED>VIEWED").hasSize(1);
    }
}
