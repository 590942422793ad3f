package org.alumniportal.community.testing;

import org.alumniportal.platform.test.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.test.TestJwts;
import org.alumniportal.platform.test.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of community-service's {@code *IT}: the whole service on the shared embedded MongoDB and Kafka, with a clock
 * the tests move forward. All subclasses share one application context, so every test makes its own users and
 * content (random ids) instead of counting on an empty database.
 */
// The reminder poller stays out of the way: ITs drive sweeps themselves, as two replicas would.
@TestPropertySource(properties = {"portal.community.reminders.poll=PT1H", "portal.community.index-sync=PT1H"})
@Import(MovableTimeConfiguration.class)
public abstract class CommunityIntegrationTest extends PortalIntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    protected MutableClock clock;

    protected Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    protected int port() {
        return port;
    }

    protected static String bearer(String userId, String... roles) {
        return TestJwts.user(userId).roles(roles).bearer();
    }

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A valid in-person event starting in {@code startsIn}; change entries to vary it. */
    protected Map<String, Object> eventBody(String title, Duration startsIn, Integer maxAttendees) {
        Instant start = clock.instant().plus(startsIn);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "An evening for alumni");
        body.put("eventType", "NETWORKING");
        body.put("location", "Main Hall");
        body.put("isVirtual", false);
        body.put("startDate", start.toString());
        body.put("endDate", start.plus(Duration.ofHours(2)).toString());
        body.put("maxAttendees", maxAttendees);
        return body;
    }

    protected String createEvent(String creatorBearer, Map<String, Object> body) {
        Api.Response created = api.post("/api/events/create", body, creatorBearer);
        if (created.status() != 201) {
            throw new AssertionError("event not created: " + created.status() + " " + created.body());
        }
        return created.json().path("id").asString();
    }

    protected Api.Response rsvp(String eventId, String bearer, String status) {
        return api.post("/api/events/" + eventId + "/rsvp", Map.of("status", status), bearer);
    }

    protected String createPost(String authorBearer, String title, String content, List<String> tags) {
        Api.Response created = api.post("/api/forum/posts", Map.of("title", title, "content", content, "tags", tags),
                authorBearer);
        if (created.status() != 201) {
            throw new AssertionError("post not created: " + created.status() + " " + created.body());
        }
        return created.json().path("id").asString();
    }

    /** Records of {@code topic} with this key whose envelope has this type, as another service reads them. */
    protected static List<ConsumerRecord<String, String>> events(String topic, String key, String type, int count) {
        return TopicRecords.await(PortalInfrastructure.shared().kafkaBootstrapServers(), topic,
                r -> key.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\""), count,
                Duration.ofSeconds(30));
    }
}
