package org.alumniportal.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of the stack's broker from its first offset, in a group of its own (it takes nothing from others). */
final class TopicReader {

    private TopicReader() {
    }

    /**
     * The matching records of {@code topic} from its beginning: read until {@code expected} have arrived (or
     * {@code timeout} passed), then for {@code thenWatch} longer, so that a caller asserting an exact count sees
     * any duplicate that follows.
     */
    static List<ConsumerRecord<String, String>> read(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, String>> matching, int expected, Duration timeout, Duration thenWatch) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Instant end = Instant.now().plus(timeout);
            boolean reached = false;
            while (Instant.now().isBefore(end)) {
                if (!reached && found.size() >= expected) {
                    reached = true;
                    end = Instant.now().plus(thenWatch);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (matching.test(r)) {
                        found.add(r);
                    }
                });
            }
            return found;
        }
    }
}
