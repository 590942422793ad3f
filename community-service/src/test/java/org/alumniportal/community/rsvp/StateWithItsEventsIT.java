package org.alumniportal.community.rsvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.List;

import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.platform.outbox.OutboxEntry;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.test.MongoFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An RSVP's or an event's change and its event are written together: when the outbox cannot store the event the
 * change is not made (and a claimed seat is given back). (Written state first and the event second, a failed
 * outbox left a taken seat that notification and analytics never heard of.)
 */
@Import(MongoFailures.class)
class StateWithItsEventsIT extends CommunityIntegrationTest {

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
    void anRsvpWhoseEventCannotBeStoredTakesNoSeat() {
        String creator = bearer(newId("alumna"), "ALUMNI");
        String eventId = createEvent(creator, eventBody("Outbox evening", Duration.ofDays(3), 1));

        outboxRefusesWrites();
        Api.Response refused = rsvp(eventId, bearer(newId("student"), "STUDENT"), "ATTENDING");
        failures.heal();

        assertThat(refused.status()).as(refused.body()).isGreaterThanOrEqualTo(500);
        assertThat(api.get("/api/events/" + eventId, creator).json().path("attendingCount").asLong()).isZero();
        assertThat(outbox(eventId, "event.rsvp.v1")).isEmpty();
        Api.Response seated = rsvp(eventId, bearer(newId("student"), "STUDENT"), "ATTENDING");
        assertThat(seated.json().path("status").asString()).as("the only seat is still free").isEqualTo("ATTENDING");
        assertThat(outbox(eventId, "event.rsvp.v1")).hasSize(1);
    }

    @Test
    void aCancelWhoseEventCannotBeStoredLeavesTheEventScheduled() {
        String creator = bearer(newId("alumna"), "ALUMNI");
        String eventId = createEvent(creator, eventBody("Outbox gala", Duration.ofDays(3), 10));

        outboxRefusesWrites();
        Api.Response refused = api.delete("/api/events/" + eventId, creator);
        failures.heal();

        assertThat(refused.status()).as(refused.body()).isGreaterThanOrEqualTo(500);
        assertThat(api.get("/api/events/" + eventId, creator).json().path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(outbox(eventId, "event.cancelled.v1")).isEmpty();
    }
}
