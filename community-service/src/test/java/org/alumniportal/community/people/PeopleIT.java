package org.alumniportal.community.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/** The people read model is fed by user and profile events only, and a late older event never wins. */
class PeopleIT extends CommunityIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    People people;
    @Autowired
    MongoTemplate mongo;

    @Test
    void accountAndProfileEventsBuildTheMemberAndStaleOnesAreSkipped() throws Exception {
        String userId = newId("u");
        Instant t0 = Instant.now();
        send(Topics.USER, userId, new UserRegistered(userId, userId + "@example.edu", "Grace Hopper", "STUDENT"), t0);
        send(Topics.PROFILE, userId, profile(userId, List.of("cobol", "Compilers")), t0.plusSeconds(2));
        send(Topics.USER, userId, new UserRoleChanged(userId, "STUDENT", "ALUMNI", "admin-1"), t0.plusSeconds(3));
        String stale = send(Topics.PROFILE, userId, profile(userId, List.of("fortran")), t0.plusSeconds(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(
                Query.query(Criteria.where("eventId").is(stale)), "processed_events"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Member member = people.find(userId).orElseThrow();
            assertThat(member.role()).isEqualTo("ALUMNI");
            assertThat(member.name()).isEqualTo("Grace Hopper");
            assertThat(member.skills()).hasSize(2).noneMatch(s -> s.equalsIgnoreCase("fortran"));
        });
    }

    @Test
    void anOlderProfileReadAfterARoleChangeKeepsTheNewerRole() {
        // The two topics have their own listeners, so this order happens: the role change read first.
        String userId = newId("u");
        Instant t0 = Instant.now();
        people.account(userId, "Grace Hopper", "STUDENT", "ACTIVE", t0);
        people.account(userId, null, "ALUMNI", null, t0.plusSeconds(3));
        people.profile(userId, "Grace B. Hopper", "STUDENT", List.of("cobol"), t0.plusSeconds(2));

        Member member = people.find(userId).orElseThrow();
        assertThat(member.role()).isEqualTo("ALUMNI");
        assertThat(member.name()).isEqualTo("Grace B. Hopper");
        assertThat(member.skills()).hasSize(1);
        assertThat(member.status()).isEqualTo("ACTIVE");
    }

    @Test
    void theAttendeeListShowsNamesFromTheReadModel() throws Exception {
        String userId = newId("u");
        send(Topics.USER, userId, new UserRegistered(userId, userId + "@example.edu", "Ada Lovelace", "STUDENT"),
                Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> people.nameOf(userId).isPresent());
        String creator = bearer(newId("alum"), "ALUMNI");
        String eventId = createEvent(creator, eventBody("Named", Duration.ofDays(3), null));
        rsvp(eventId, bearer(userId, "STUDENT"), "ATTENDING");

        var attendees = api.get("/api/events/" + eventId + "/attendees", creator);

        assertThat(attendees.json().path("items").get(0).path("name").asString()).isEqualTo("Ada Lovelace");
    }

    private static ProfileUpdated profile(String userId, List<String> skills) {
        return new ProfileUpdated(userId, "STUDENT", "Grace Hopper", "Rear admiral", null, null, "Arlington", 1934,
                skills, 40, "SIGNED_IN", true, false, 90);
    }

    /** @return the envelope id */
    private String send(String topic, String userId, DomainEvent event, Instant time) throws Exception {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventTypes.typeOf(event.getClass()),
                "test", time, userId, JSON.valueToTree(event));
        kafka.send(topic, userId, JSON.writeValueAsString(envelope)).get(10, TimeUnit.SECONDS);
        return envelope.id();
    }
}
