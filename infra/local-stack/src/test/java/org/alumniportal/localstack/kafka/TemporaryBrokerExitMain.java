package org.alumniportal.localstack.kafka;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The JVM that {@link EmbeddedKafkaBrokerTeardownIT} starts: a temporary broker used the way the test
 * infrastructure uses it (a second shutdown hook closes it, slowly), with a high-watermark checkpoint every
 * few milliseconds so that a log directory deleted under the running broker is noticed at once. Kafka halts
 * such a JVM with exit code 1; a clean teardown ends it with 0. Prints the log directory for the test.
 */
public final class TemporaryBrokerExitMain {

    private TemporaryBrokerExitMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary(
                Map.of("replica.high.watermark.checkpoint.interval.ms", "5"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("teardown", 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("teardown", "k", "v")).get();
        }
        // Like PortalInfrastructure's hook: another owner closes the broker at JVM exit, and takes its time.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sleep(1_500);
            broker.close();
        }, "slow-owner-close"));
        System.out.println("logDir=" + broker.logDir());
        System.out.flush();
        // As Surefire's fork does when its tests are done: the broker's threads would keep the JVM alive.
        System.exit(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
