package org.alumniportal.mentorship.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.alumniportal.mentorship.testing.MentorshipIntegrationTest;
import org.alumniportal.mentorship.testing.PortalEvents;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/** user.* and profile.* events keep the people read model, and mentors' names and visibility follow it. */
class PeopleReadModelIT extends MentorshipIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    People people;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private PortalEvents events;

    @BeforeEach
    void sender() {
        events = new PortalEvents(kafka);
    }

    @Test
    void registrationAndProfileEventsFillThePersonAndAnOlderProfileEventIsSkipped() {
        String userId = newId("student");
        Instant now = Instant.now();
        events.send(userId, new UserRegistered(userId, userId + "@example.edu", "Sam Registered", "STUDENT"), now);
        events.send(userId, PortalEvents.profile(userId, "STUDENT", "Sam Profile", List.of("js", "golang")), now);
        events.send(userId, PortalEvents.profile(userId, "STUDENT", "Sam Old", List.of("Cobol")),
                now.minusSeconds(60));

        await().atMost(WAIT).until(() -> people.find(userId).map(p -> p.getSkills().size() == 2
                && "STUDENT".equals(p.getRole())).orElse(false));
        Person person = people.find(userId).orElseThrow();
        assertThat(person.getSkills()).containsExactly("JavaScript", "Go");
        assertThat(person.getName()).isEqualTo("Sam Profile");
        assertThat(person.getAccountName()).isEqualTo("Sam Registered");
    }

    @Test
    void aSuspendedMentorDisappearsFromTheListAndComesBackWhenReactivated() {
        String topic = uniqueSkill();
        String mentorId = newId("alumnus");
        registerMentor(mentorId, List.of(topic), 2);
        String student = bearer(newId("student"), "STUDENT");
        Instant now = Instant.now();

        events.send(mentorId, new UserStatusChanged(mentorId, "ACTIVE", "SUSPENDED", "spam", "admin-1"), now);

        await().atMost(WAIT).until(() -> api.get("/api/mentors/" + mentorId, student).status() == 404);
        assertThat(api.get("/api/mentors?expertise=" + topic, student).json().path("totalElements").asLong()).isZero();

        events.send(mentorId, new UserStatusChanged(mentorId, "SUSPENDED", "ACTIVE", null, "admin-1"),
                now.plusSeconds(1));
        await().atMost(WAIT).until(() -> api.get("/api/mentors/" + mentorId, student).status() == 200);
    }
}
