package org.alumniportal.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.alumniportal.localstack.FreePorts;
import org.alumniportal.localstack.kafka.EmbeddedKafkaBroker;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserVerified;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.alumniportal.platform.test.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * "No event is lost when Kafka is down for a while or the service dies right after its write." Each test
 * runs the service (the starter alone) as its own application context against its own broker, so the broker
 * can be stopped and the service "killed" without touching other tests.
 */
class OutboxIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Service {
    }

    @TempDir
    Path temp;

    private final String database = "outbox_it_" + UUID.randomUUID().toString().replace("-", "");

    private ConfigurableApplicationContext startService(String bootstrapServers, boolean relay, String... more) {
        // Command-line arguments: they win over the test application.yml, as a real deployment's settings would.
        List<String> args = new java.util.ArrayList<>(List.of(
                "--spring.main.web-application-type=none",
                "--spring.application.name=outbox-it-service",
                "--spring.mongodb.uri=" + PortalInfrastructure.shared().mongoUri(),
                "--spring.mongodb.database=" + database,
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--eureka.client.enabled=false",
                "--logging.level.org.apache.kafka=ERROR",
                "--logging.level.kafka=WARN",
                "--logging.level.state.change.logger=WARN",
                "--portal.outbox.relay-enabled=" + relay,
                "--portal.outbox.poll-interval=200ms"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(Service.class).run(args.toArray(String[]::new));
    }

    private static OutboxEntry entry(ConfigurableApplicationContext service, String id) {
        return service.getBean(MongoTemplate.class).findOne(query(where("_id").is(id)), OutboxEntry.class);
    }

    @Test
    void eventsPublishedWhileKafkaIsDownArriveInOrderOnceItIsBack() {
        Path logDir = temp.resolve("kafka");
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(logDir, port, controllerPort);
        try (ConfigurableApplicationContext service = startService(broker.bootstrapServers(), true)) {
            EventPublisher publisher = service.getBean(EventPublisher.class);
            broker.close();

            String userId = UUID.randomUUID().toString();
            long started = System.nanoTime();
            EventEnvelope registered = publisher.publish(userId,
                    new UserRegistered(userId, "ada@example.edu", "Ada Lovelace", "ALUMNI"));
            EventEnvelope verified = publisher.publish(userId, new UserVerified(userId, "ada@example.edu", "ALUMNI"));
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("publishing does not wait for Kafka").isLessThan(Duration.ofSeconds(2));

            await().atMost(WAIT).until(() -> entry(service, registered.id()).attempts() >= 1);
            assertThat(entry(service, registered.id()).status()).isEqualTo(OutboxEntry.Status.PENDING);
            assertThat(entry(service, verified.id()).status()).isEqualTo(OutboxEntry.Status.PENDING);

            broker = EmbeddedKafkaBroker.start(logDir, port, controllerPort);

            await().atMost(WAIT).until(() -> entry(service, verified.id()).status() == OutboxEntry.Status.SENT);
            List<ConsumerRecord<String, String>> records = TopicRecords.await(broker.bootstrapServers(), Topics.USER,
                    r -> userId.equals(r.key()), 2, WAIT);
            assertThat(records).extracting(r -> EventEnvelopes.read(r.value()))
                    .containsExactly(registered, verified);
            assertThat(records.get(0).value()).isEqualTo(entry(service, registered.id()).payload());
        } finally {
            broker.close();
        }
    }

    @Test
    void anEventWrittenRightBeforeTheServiceDiedIsSentByTheNextStart() {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(temp.resolve("kafka"), 0, 0)) {
            String userId = UUID.randomUUID().toString();
            EventEnvelope written;
            // The relay never runs in this "process": it ends right after the outbox write.
            try (ConfigurableApplicationContext dying = startService(broker.bootstrapServers(), false)) {
                written = dying.getBean(EventPublisher.class)
                        .publish(userId, new UserRegistered(userId, "grace@example.edu", "Grace Hopper", "STUDENT"));
            }
            try (MongoClient mongo = MongoClients.create(PortalInfrastructure.shared().mongoUri())) {
                Document stored = mongo.getDatabase(database).getCollection(OutboxEntry.COLLECTION)
                        .find(new Document("_id", written.id())).first();
                assertThat(stored).isNotNull();
                assertThat(stored.getString("status")).isEqualTo("PENDING");
            }

            try (ConfigurableApplicationContext restarted = startService(broker.bootstrapServers(), true)) {
                List<ConsumerRecord<String, String>> records = TopicRecords.await(broker.bootstrapServers(),
                        Topics.USER, r -> userId.equals(r.key()), 1, WAIT);
                EventEnvelope received = EventEnvelopes.read(records.get(0).value());
                assertThat(received).isEqualTo(written);
                assertThat(received.source()).isEqualTo("outbox-it-service");
                assertThat(EventEnvelopes.payload(received, UserRegistered.class).email())
                        .isEqualTo("grace@example.edu");
                await().atMost(WAIT)
                        .until(() -> entry(restarted, written.id()).status() == OutboxEntry.Status.SENT);
            }
        }
    }

    @Test
    void anEntryKafkaRefusesIsParkedWithItsErrorAndTheEventsBehindItAreSent() {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(temp.resolve("kafka"), 0, 0);
                ConfigurableApplicationContext service = startService(broker.bootstrapServers(), true,
                        "--portal.outbox.max-attempts=3")) {
            // Larger than the producer's max.request.size (1 MB): the broker-side limit a retry cannot fix.
            String oversized = "x".repeat(2 * 1024 * 1024);
            String userId = UUID.randomUUID().toString();
            OutboxEntry poisoned = new OutboxEntry(UUID.randomUUID().toString(), Topics.USER, userId,
                    UserRegistered.TYPE, oversized, OutboxEntry.Status.PENDING, 1, java.time.Instant.now(), null, 0,
                    null);
            service.getBean(MongoTemplate.class).insert(poisoned);
            EventEnvelope behind = service.getBean(EventPublisher.class)
                    .publish(userId, new UserVerified(userId, "ada@example.edu", "ALUMNI"));

            List<ConsumerRecord<String, String>> records = TopicRecords.await(broker.bootstrapServers(), Topics.USER,
                    r -> userId.equals(r.key()), 1, WAIT);
            assertThat(EventEnvelopes.read(records.get(0).value())).isEqualTo(behind);

            OutboxEntry parked = entry(service, poisoned.id());
            assertThat(parked.status()).isEqualTo(OutboxEntry.Status.PARKED);
            assertThat(parked.attempts()).isEqualTo(3);
            assertThat(parked.lastError()).contains("RecordTooLargeException");
            assertThat(parked.parkedAt()).isNotNull();
            assertThat(service.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                    .get(OutboxRelay.PARKED_METRIC).tag("type", UserRegistered.TYPE).counter().count())
                    .isEqualTo(1.0);
            await().atMost(WAIT).until(() -> entry(service, behind.id()).status() == OutboxEntry.Status.SENT);
        }
    }

    @Test
    void aStateChangeThatFailsLeavesNoEventAndOneThatSucceedsIsPublished() {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(temp.resolve("kafka"), 0, 0);
                ConfigurableApplicationContext service = startService(broker.bootstrapServers(), true)) {
            EventPublisher publisher = service.getBean(EventPublisher.class);
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            assertThat(publisher.transactional()).as("the embedded store has no transactions").isFalse();
            String userId = UUID.randomUUID().toString();

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> publisher.publishWith(userId, () -> {
                throw new IllegalStateException("state write failed");
            }, new UserRegistered(userId, "failed@example.edu", "Never Stored", "ALUMNI")))
                    .hasMessage("state write failed");
            assertThat(mongo.find(query(where("key").is(userId)), OutboxEntry.class)).isEmpty();
            assertThat(publisher.publishWhen(userId, () -> false,
                    new UserRegistered(userId, "unchanged@example.edu", "Nothing Changed", "ALUMNI"))).isFalse();
            assertThat(mongo.find(query(where("key").is(userId)), OutboxEntry.class))
                    .as("a guarded update that changed nothing announces nothing").isEmpty();

            String stored = publisher.publishWith(userId, () -> "stored",
                    new UserVerified(userId, "ada@example.edu", "ALUMNI"));
            assertThat(stored).isEqualTo("stored");
            List<ConsumerRecord<String, String>> records = TopicRecords.await(broker.bootstrapServers(), Topics.USER,
                    r -> userId.equals(r.key()), 1, WAIT);
            assertThat(EventEnvelopes.read(records.get(0).value()).type()).isEqualTo(UserVerified.TYPE);
        }
    }

    @Test
    void eventsStagedByAServiceThatDiedBeforeReleasingThemArePublishedRatherThanLost() {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(temp.resolve("kafka"), 0, 0)) {
            String userId = UUID.randomUUID().toString();
            StagedEvents staged;
            // Dies between the staged entry and its release (the state write may or may not have happened).
            try (ConfigurableApplicationContext dying = startService(broker.bootstrapServers(), false)) {
                staged = dying.getBean(EventPublisher.class)
                        .stage(userId, new UserRegistered(userId, "linus@example.edu", "Linus", "STUDENT"));
                assertThat(entry(dying, staged.ids().get(0)).status()).isEqualTo(OutboxEntry.Status.STAGED);
            }
            try (ConfigurableApplicationContext restarted = startService(broker.bootstrapServers(), true,
                    "--portal.outbox.staged-timeout=300ms")) {
                List<ConsumerRecord<String, String>> records = TopicRecords.await(broker.bootstrapServers(),
                        Topics.USER, r -> userId.equals(r.key()), 1, WAIT);
                assertThat(EventEnvelopes.read(records.get(0).value()).id()).isEqualTo(staged.ids().get(0));
            }
        }
    }
}
