package org.alumniportal.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.localstack.FreePorts;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    private static final String TOPIC = "portal.user";

    @Test
    void aRecordRoundTripsAndSurvivesABrokerRestartOnTheSameLogDir(@TempDir Path dir) throws Exception {
        Path logDir = dir.resolve("kafka");
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        String value = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"user.registered.v1\"}";

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(logDir, port, controllerPort)) {
            try (KafkaProducer<String, String> producer = producer(broker)) {
                producer.send(new ProducerRecord<>(TOPIC, "user-1", value)).get();
            }
            assertThat(readAll(broker, "first-reader")).extracting(ConsumerRecord::value).containsExactly(value);
        }

        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(logDir, port, controllerPort)) {
            List<ConsumerRecord<String, String>> records = readAll(restarted, "reader-after-restart");
            assertThat(records).hasSize(1);
            assertThat(records.get(0).key()).isEqualTo("user-1");
            assertThat(records.get(0).value()).isEqualTo(value);
        }
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaBroker broker) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> readAll(EmbeddedKafkaBroker broker, String group) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            // One more poll: a second copy of the record would show up here.
            consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
        }
        return records;
    }
}
