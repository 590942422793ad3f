package org.alumniportal.community.rsvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.alumniportal.community.config.CommunityProperties;
import org.alumniportal.community.event.EventService;
import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two reminder sweeps standing in for two replicas, sharing the store like two processes would. */
class EventRemindersIT extends CommunityIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventService events;
    @Autowired
    RsvpService rsvps;
    @Autowired
    EventPublisher publisher;
    @Autowired
    CommunityProperties properties;

    @Test
    void eachAttendeeIsRemindedExactlyOnceWithTwoReplicasRunning() throws Exception {
        String creator = bearer(newId("alum"), "ALUMNI");
        String id = createEvent(creator, eventBody("Remind me", Duration.ofDays(2), null));
        List<String> attendees = List.of(newId("a"), newId("b"), newId("c"));
        attendees.forEach(a -> rsvp(id, bearer(a, "STUDENT"), "ATTENDING"));
        rsvp(id, bearer(newId("maybe"), "STUDENT"), "MAYBE");
        EventReminders replicaA = new EventReminders(mongo, events, rsvps, publisher, properties, clock);
        EventReminders replicaB = new EventReminders(mongo, events, rsvps, publisher, properties, clock);

        replicaA.sendDue();
        assertThatThrownBy(() -> reminders(id, 1, Duration.ofSeconds(2))).as("not due two days ahead")
                .isInstanceOf(AssertionError.class);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(replicaA::sendDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(replicaB::sendDue);
        a.get();
        b.get();
        replicaA.sendDue();
        replicaB.sendDue();

        assertThat(reminders(id, 3, Duration.ofSeconds(30)))
                .extracting(r -> attendees.stream().filter(r.value()::contains).findFirst().orElse("?"))
                .containsExactlyInAnyOrderElementsOf(attendees);
        assertThatThrownBy(() -> reminders(id, 4, Duration.ofSeconds(3)))
                .as("no attendee is reminded twice, also by a later sweep as after a restart")
                .isInstanceOf(AssertionError.class);

        String late = newId("late");
        rsvp(id, bearer(late, "STUDENT"), "ATTENDING");
        replicaB.sendDue();
        replicaA.sendDue();
        assertThat(reminders(id, 4, Duration.ofSeconds(30))).anySatisfy(r -> assertThat(r.value()).contains(late));
        assertThatThrownBy(() -> reminders(id, 5, Duration.ofSeconds(3))).isInstanceOf(AssertionError.class);
    }

    private static List<ConsumerRecord<String, String>> reminders(String eventId, int count, Duration timeout) {
        return TopicRecords.await(PortalInfrastructure.shared().kafkaBootstrapServers(), Topics.COMMUNITY,
                r -> eventId.equals(r.key()) && r.value().contains("\"type\":\"event.reminder.v1\""), count, timeout);
    }
}
