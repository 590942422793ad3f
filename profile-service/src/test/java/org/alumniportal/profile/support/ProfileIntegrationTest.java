package org.alumniportal.profile.support;

import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.alumniportal.localstack.mail.MailCatcher;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventSamples;
import org.alumniportal.platform.events.EventTypes;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.test.TopicRecords;

/** Base of profile-service ITs: the started service, an HTTP helper and Kafka checks. */
public abstract class ProfileIntegrationTest extends PortalIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    protected RecordedProfileEvents recorded;

    protected ProfileHttp http;

    /** Catches the service's mails (import invitations); set here so that every IT shares one context. */
    protected static final MailCatcher MAIL = startMailCatcher();

    private static MailCatcher startMailCatcher() {
        MailCatcher catcher = MailCatcher.start(0, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(catcher::close, "mail-catcher-stop"));
        return catcher;
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::smtpPort);
    }

    @BeforeEach
    void client() {
        http = new ProfileHttp(port);
    }

    /** Creates a profile for {@code user} and returns the response JSON. */
    protected JsonNode createProfile(TestUsers user, Map<String, Object> body) {
        ProfileHttp.Response response = http.post("/api/profiles/create", user.bearer(), body);
        if (response.status() != 201) {
            throw new AssertionError("create failed: " + response.status() + " " + response.body());
        }
        return response.json();
    }

    protected JsonNode createProfile(TestUsers user) {
        return createProfile(user, Map.of("name", "Ada Lovelace", "headline", "Engineer",
                "skills", List.of("java", "k8s"), "batchYear", 2015, "currentCompany", "Acme"));
    }

    /** The envelopes of {@code type} for {@code userId} on {@code topic}, as other services would read them. */
    protected List<JsonNode> awaitEvents(String topic, String type, String userId, int count) {
        List<ConsumerRecord<String, String>> records = TopicRecords.await(
                PortalInfrastructure.shared().kafkaBootstrapServers(), topic,
                r -> userId.equals(r.key()) && type.equals(JSON.readTree(r.value()).path("type").asString()), count,
                Duration.ofSeconds(30));
        return records.stream().map(r -> JSON.readTree(r.value())).toList();
    }

    /** The field names of the JSON sample kept beside the event record in event-contracts. */
    protected static Set<String> sampleFields(Class<? extends DomainEvent> payload) {
        return fieldNames(EventSamples.read(JSON, payload).data());
    }

    protected static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        Iterator<String> it = node.propertyNames().iterator();
        it.forEachRemaining(names::add);
        return names;
    }

    protected static String typeOf(Class<? extends DomainEvent> payload) {
        return EventTypes.typeOf(payload);
    }
}
