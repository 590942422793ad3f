package org.alumniportal.mentorship.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.alumniportal.mentorship.testing.MentorshipIntegrationTest;
import org.alumniportal.platform.outbox.OutboxEntry;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.test.MongoFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A mentorship's change and its event are written together: when the outbox cannot store the event, the request
 * stays pending and the mentor's place stays free. (Written state first and the event second, a failed outbox left
 * an accepted mentorship that the mentee was never told of.)
 */
@Import(MongoFailures.class)
class StateWithItsEventsIT extends MentorshipIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoFailures failures;

    @AfterEach
    void outboxWorksAgain() {
        failures.heal();
    }

    private List<OutboxEntry> outbox(String subject, String type) {
        return mongo.find(query(where("key").is(subject).and("type").is(type)), OutboxEntry.class);
    }

    @Test
    void anAcceptanceWhoseEventCannotBeStoredLeavesTheRequestPendingAndThePlaceFree() {
        String mentorId = newId("mentor");
        String mentor = registerMentor(mentorId, List.of(uniqueSkill()), 1);
        String student = bearer(newId("student"), "STUDENT");
        String id = request(mentorId, student);

        failures.refuseOutboxWrites();
        Api.Response refused = api.post("/api/mentorship/" + id + "/accept", null, mentor);
        failures.heal();

        assertThat(refused.status()).as(refused.describe()).isGreaterThanOrEqualTo(500);
        assertThat(api.get("/api/mentorship/" + id, student).json().path("status").asString()).isEqualTo("PENDING");
        assertThat(api.get("/api/mentors/" + mentorId, student).json().path("currentMentees").asInt()).isZero();
        assertThat(outbox(id, "mentorship.accepted.v1")).isEmpty();

        Api.Response accepted = api.post("/api/mentorship/" + id + "/accept", null, mentor);
        assertThat(accepted.status()).as(accepted.describe()).isEqualTo(200);
        assertThat(outbox(id, "mentorship.accepted.v1")).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isNotEqualTo(OutboxEntry.Status.STAGED));
    }

    @Test
    void aRequestWhoseEventCannotBeStoredIsNotMadeAndCanBeSentAgain() {
        String mentorId = newId("mentor");
        registerMentor(mentorId, List.of(uniqueSkill()), 2);
        String student = bearer(newId("student"), "STUDENT");

        failures.refuseOutboxWrites();
        Api.Response refused = api.post("/api/mentorship/request",
                java.util.Map.of("mentorId", mentorId, "message", "Please mentor me"), student);
        failures.heal();

        assertThat(refused.status()).as(refused.describe()).isGreaterThanOrEqualTo(500);
        assertThat(request(mentorId, student)).as("no open request was left behind to block this one").isNotBlank();
    }
}
