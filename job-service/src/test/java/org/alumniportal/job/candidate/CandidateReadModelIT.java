package org.alumniportal.job.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.alumniportal.job.testing.JobIntegrationTest;
import org.alumniportal.job.testing.ProfileEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** profile.*.v1 events on Kafka keep job-service's candidate read model: newest event wins, each applied once. */
class CandidateReadModelIT extends JobIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    Candidates candidates;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    private ProfileEvents profiles;

    @BeforeEach
    void sender() {
        profiles = new ProfileEvents(kafka);
    }

    @Test
    void aProfileUpdatedEventFillsTheReadModelWithNormalisedSkills() {
        String user = newId("student");

        profiles.send(user, ProfileEvents.updated(user, "STUDENT", List.of("js", " java ", "apache kafka", "JS"),
                "Pune", 4), Instant.now());

        Candidate candidate = await().atMost(WAIT).until(() -> candidates.find(user).orElse(null), c -> c != null);
        assertThat(candidate.getSkills()).containsExactly("JavaScript", "Java", "Kafka");
        assertThat(candidate.getLocation()).isEqualTo("Pune");
        assertThat(candidate.getYearsOfExperience()).isEqualTo(4);
        assertThat(candidate.getCurrentRole()).isEqualTo("Engineer");
        assertThat(candidate.isHasCv()).isTrue();
        assertThat(candidate.getRole()).isEqualTo("STUDENT");
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteANewerOne() {
        String user = newId("student");
        Instant now = Instant.now();
        profiles.send(user, ProfileEvents.updated(user, "STUDENT", List.of("Go"), "Chennai", 2), now);

        String late = profiles.send(user, ProfileEvents.updated(user, "STUDENT", List.of("Java"), "Pune", 1),
                now.minusSeconds(60));

        awaitApplied(late);
        Candidate candidate = candidates.find(user).orElseThrow();
        assertThat(candidate.getSkills()).containsExactly("Go");
        assertThat(candidate.getLocation()).isEqualTo("Chennai");
    }

    @Test
    void aDeletedProfileIsGoneAndALateUpdateDoesNotBringItBack() {
        String user = newId("student");
        Instant now = Instant.now();
        profiles.send(user, ProfileEvents.updated(user, "STUDENT", List.of("Java"), "Pune", 1), now.minusSeconds(10));
        profiles.send(user, ProfileEvents.deleted(user), now);
        String late = profiles.send(user, ProfileEvents.updated(user, "STUDENT", List.of("Java"), "Pune", 1),
                now.minusSeconds(5));

        awaitApplied(late);
        assertThat(candidates.find(user)).isEmpty();
        // no personal data is kept for a deleted profile, only the tombstone that holds off late events
        Candidate tombstone = mongo.findById(user, Candidate.class);
        assertThat(tombstone.isDeleted()).isTrue();
        assertThat(tombstone.getSkills()).isEmpty();
        assertThat(tombstone.getLocation()).isNull();
    }

    @Test
    void aRedeliveredEventIsAppliedOnlyOnce() {
        String user = newId("student");
        Instant now = Instant.now();
        String first = profiles.send(user, ProfileEvents.updated(user, "STUDENT", List.of("Java"), "Pune", 1),
                now.minusSeconds(10));
        profiles.send(user, ProfileEvents.updated(user, "STUDENT", List.of("Python"), "Pune", 1), now.minusSeconds(5));
        await().atMost(WAIT).until(() -> candidates.find(user).map(Candidate::getSkills).orElse(List.of()),
                skills -> skills.equals(List.of("Python")));

        // the same envelope id again; even stamped newer, it is recognised and skipped
        profiles.send(first, user, ProfileEvents.updated(user, "STUDENT", List.of("Rust"), "Pune", 1), now);
        String marker = profiles.send(user, ProfileEvents.updated(user, "STUDENT", List.of("Python"), "Delhi", 1),
                now.minusSeconds(1));

        awaitApplied(marker);
        Candidate candidate = candidates.find(user).orElseThrow();
        assertThat(candidate.getSkills()).containsExactly("Python");
        assertThat(candidate.getLocation()).isEqualTo("Delhi");
    }

    /** The consumer marks every event it handled (applied or found stale) in processed_events. */
    private void awaitApplied(String eventId) {
        await().atMost(WAIT).until(() -> mongo.exists(query(where("_id").is(ProfileEventsListener.CONSUMER + "/" + eventId)),
                "processed_events"));
    }
}
