package org.alumniportal.mentorship.testing;

import org.alumniportal.platform.test.Api;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.test.TestJwts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.alumniportal.platform.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of mentorship-service's {@code *IT}: the whole service on the shared embedded MongoDB and Kafka. All
 * subclasses share one application context, so every test makes its own people (random ids) and, where lists
 * are asserted, its own expertise words, instead of counting on an empty database.
 */
public abstract class MentorshipIntegrationTest extends PortalIntegrationTest {

    @LocalServerPort
    private int port;

    protected Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    protected int port() {
        return port;
    }

    protected static String bearer(String userId, String... roles) {
        return TestJwts.user(userId).name("Name of " + userId).roles(roles).bearer();
    }

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A word no other test uses, for expertise that makes a list or a match this test's own. */
    protected static String uniqueSkill() {
        return "Skill" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    protected static Map<String, Object> mentorBody(List<String> expertise, int maxMentees) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expertiseAreas", expertise);
        body.put("maxMentees", maxMentees);
        body.put("bio", "Ten years of backend work");
        body.put("availability", List.of(Map.of("day", "MONDAY", "start", "18:00", "end", "20:00")));
        return body;
    }

    /** Registers {@code mentorId} (ALUMNI) and returns their bearer. */
    protected String registerMentor(String mentorId, List<String> expertise, int maxMentees) {
        String mentor = bearer(mentorId, "ALUMNI");
        Api.Response registered = api.post("/api/mentors/register", mentorBody(expertise, maxMentees), mentor);
        if (registered.status() != 201) {
            throw new AssertionError("mentor not registered: " + registered.describe());
        }
        return mentor;
    }

    /** A student's request to the mentor; returns its id. */
    protected String request(String mentorId, String studentBearer) {
        Api.Response requested = api.post("/api/mentorship/request", Map.of("mentorId", mentorId, "message",
                "Please mentor me"), studentBearer);
        if (requested.status() != 201) {
            throw new AssertionError("not requested: " + requested.describe());
        }
        return requested.json().path("id").asString();
    }

    /** A request accepted: the ACTIVE mentorship's id. */
    protected String activeMentorship(String mentorId, String mentorBearer, String studentBearer) {
        String id = request(mentorId, studentBearer);
        Api.Response accepted = api.post("/api/mentorship/" + id + "/accept", null, mentorBearer);
        if (accepted.status() != 200) {
            throw new AssertionError("not accepted: " + accepted.describe());
        }
        return id;
    }

    /** Records on {@code portal.mentorship} with this key whose envelope has this type, as a consumer reads them. */
    protected static List<ConsumerRecord<String, String>> mentorshipEvents(String key, String type, int count) {
        return TopicRecords.await(PortalInfrastructure.shared().kafkaBootstrapServers(), Topics.MENTORSHIP,
                r -> key.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\""), count,
                Duration.ofSeconds(30));
    }
}
