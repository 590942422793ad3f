package org.alumniportal.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.test.TopicRecords;
import org.alumniportal.platform.testapp.EffectCounter;
import org.alumniportal.platform.testapp.StarterTestApplication;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

import tools.jackson.databind.json.JsonMapper;

/** Consumers in a running service: duplicates have one effect, failures end on the dead-letter topic. */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MessagingIT extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EffectCounter counter;

    @Autowired
    JsonMapper json;

    private String envelopeJson(String topicHint) {
        String userId = UUID.randomUUID().toString();
        UserRegistered event = new UserRegistered(userId, topicHint + "-" + userId + "@example.edu", "Ada", "ALUMNI");
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), UserRegistered.TYPE, "test",
                Instant.now(), userId, json.valueToTree(event));
        return json.writeValueAsString(envelope);
    }

    @Test
    void sameEnvelopeDeliveredTwiceIsAppliedOnce() throws Exception {
        String value = envelopeJson("twice");
        EventEnvelope envelope = EventEnvelopes.read(value);

        kafka.send(Topics.PROFILE, envelope.subject(), value).get();
        kafka.send(Topics.PROFILE, envelope.subject(), value).get();

        await().atMost(WAIT).until(() -> counter.deliveries(envelope.id()) == 2);
        assertThat(counter.effects(envelope.id())).isEqualTo(1);
    }

    @Test
    void aListenerThatAlwaysFailsEndsWithTheRecordOnTheDeadLetterTopicAfterRetries() throws Exception {
        String value = envelopeJson("failing");
        EventEnvelope envelope = EventEnvelopes.read(value);

        kafka.send(Topics.COMMUNITY, envelope.subject(), value).get();

        List<ConsumerRecord<String, String>> dead = TopicRecords.await(
                PortalInfrastructure.shared().kafkaBootstrapServers(), Topics.deadLetterOf(Topics.COMMUNITY),
                r -> value.equals(r.value()), 1, WAIT);
        assertThat(dead.get(0).key()).isEqualTo(envelope.subject());
        assertThat(new String(dead.get(0).headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC).value(),
                StandardCharsets.UTF_8)).isEqualTo(Topics.COMMUNITY);
        // The first delivery plus portal.messaging.retries (2 in the test configuration).
        assertThat(counter.deliveries(envelope.id())).isEqualTo(3);
    }

    @Test
    void aRecordThatIsNotAnEnvelopeIsDeadLetteredWithTheParseError() {
        String garbage = "not an envelope " + UUID.randomUUID();

        kafka.send(Topics.COMMUNITY, "some-key", garbage);

        List<ConsumerRecord<String, String>> dead = TopicRecords.await(
                PortalInfrastructure.shared().kafkaBootstrapServers(), Topics.deadLetterOf(Topics.COMMUNITY),
                r -> garbage.equals(r.value()), 1, WAIT);
        assertThat(new String(dead.get(0).headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN).value(),
                StandardCharsets.UTF_8)).startsWith("tools.jackson.");
    }

    @Test
    void producerWaitsForAllReplicasIsIdempotentAndFailsFastWhenTheBrokerIsDown() {
        Map<String, Object> config = kafka.getProducerFactory().getConfigurationProperties();

        assertThat(config).containsEntry("acks", "all").containsEntry("enable.idempotence", "true");
        assertThat(Integer.parseInt(config.get("max.block.ms").toString())).isLessThanOrEqualTo(10_000);
    }

    @Test
    void everyTopicAndItsDeadLetterTopicExistAfterStartup() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PortalInfrastructure.shared().kafkaBootstrapServers()))) {
            var names = admin.listTopics().names().get();
            for (String topic : Topics.ALL) {
                assertThat(names).contains(topic, Topics.deadLetterOf(topic));
            }
            var description = admin.describeTopics(List.of(Topics.USER)).allTopicNames().get().get(Topics.USER);
            assertThat(description.partitions()).hasSize(3);
        }
    }

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    ProcessedEvents processed;

    @Test
    void marksOlderThanTheRedeliveryWindowArePrunedWhileRecentOnesStillSkipRedeliveries() {
        String consumer = "pruning-" + UUID.randomUUID();
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        // processed-retention is 1h in the test configuration: a 2-day-old mark is past the window.
        mongo.insert(new ProcessedEvent(ProcessedEvent.idOf(consumer, old), consumer, old,
                Instant.now().minus(Duration.ofDays(2))));
        assertThat(processed.firstDelivery(consumer, recent)).isTrue();

        await().atMost(WAIT).until(() -> mongo.findById(ProcessedEvent.idOf(consumer, old), ProcessedEvent.class) == null);
        assertThat(processed.firstDelivery(consumer, recent)).as("a redelivery inside the window is skipped").isFalse();
    }
}
