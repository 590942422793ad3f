package org.alumniportal.platform.test;

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

/**
 * Reads a topic from the beginning with a plain {@link KafkaConsumer}, independent of any listener of the
 * application under test: what any other service would see.
 */
public final class TopicRecords {

    private TopicRecords() {
    }

    /**
     * Polls {@code topic} from its first offset until {@code count} records match, or fails after
     * {@code timeout}. Records are returned in partition-offset order (one key keeps one partition).
     */
    public static List<ConsumerRecord<String, String>> await(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, String>> matching, int count, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> {
                    if (matching.test(r)) {
                        found.add(r);
                    }
                });
            }
            if (found.size() < count) {
                throw new AssertionError("Expected " + count + " matching records on " + topic + " within " + timeout
                        + ", found " + found.size());
            }
            return found;
        }
    }
}
