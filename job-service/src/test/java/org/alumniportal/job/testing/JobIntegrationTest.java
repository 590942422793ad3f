package org.alumniportal.job.testing;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of job-service's {@code *IT}: the whole service on the shared embedded MongoDB and Kafka, with a
 * clock the tests move forward. All subclasses share one application context, so every test makes its own
 * users and jobs (random ids and a unique company word) instead of counting on an empty database.
 */
@Import(MovableTimeConfiguration.class)
public abstract class JobIntegrationTest extends PortalIntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    protected MutableClock clock;

    protected Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    /**
     * The tests' tokens (e-mail {@code <id>@alumni-portal.test}) post without approval or verification events:
     * their domain is trusted and unverified alumni may post here. PostingGateIT proves the gate with other
     * domains and the setting turned off.
     */
    @DynamicPropertySource
    static void postingWithoutProof(DynamicPropertyRegistry registry) {
        registry.add("portal.jobs.posting.trusted-domains", () -> "alumni-portal.test");
        registry.add("portal.jobs.posting.unverified-alumni-may-post", () -> "true");
    }

    protected static String bearer(String userId, String... roles) {
        return TestJwts.user(userId).roles(roles).bearer();
    }

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A valid create/update body; change entries to vary it. */
    protected Map<String, Object> jobBody(String title, String company) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Build services that matter");
        body.put("company", company);
        body.put("location", "Bengaluru");
        body.put("remote", false);
        body.put("jobType", "FULL_TIME");
        body.put("experienceRequired", Map.of("minYears", 1, "maxYears", 3));
        body.put("skillsRequired", List.of("java", "Spring Boot"));
        body.put("salaryRange", Map.of("min", 1_000_000, "max", 2_000_000, "currency", "INR"));
        body.put("applyLink", "https://careers.example.com/1");
        body.put("applicationDeadline", clock.instant().plus(Duration.ofDays(30)).toString());
        body.put("allowAlumniApplicants", false);
        return body;
    }

    /** Posts a job as {@code posterBearer} and returns its id. */
    protected String postJob(String posterBearer, Map<String, Object> body) {
        Api.Response created = api.post("/api/jobs", body, posterBearer);
        if (created.status() != 201) {
            throw new AssertionError("job not created: " + created.status() + " " + created.body());
        }
        return created.json().path("id").asString();
    }

    protected String applyTo(String jobId, String applicantBearer) {
        Api.Response applied = api.post("/api/jobs/" + jobId + "/apply", Map.of("coverLetter", "Hello"),
                applicantBearer);
        if (applied.status() != 201) {
            throw new AssertionError("not applied: " + applied.status() + " " + applied.body());
        }
        return applied.json().path("id").asString();
    }

    protected static Instant in(Duration duration, Instant from) {
        return from.plus(duration);
    }

    /** Records of {@code topic} with this key whose envelope has this type, as another service reads them. */
    protected static List<ConsumerRecord<String, String>> events(String topic, String key, String type, int count) {
        return TopicRecords.await(PortalInfrastructure.shared().kafkaBootstrapServers(), topic,
                r -> key.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\""), count,
                Duration.ofSeconds(30));
    }
}
