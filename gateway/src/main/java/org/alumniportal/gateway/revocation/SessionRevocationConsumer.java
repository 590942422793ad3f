package org.alumniportal.gateway.revocation;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.alumniportal.platform.events.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

/**
 * Every gateway instance must see every revocation, so each reads {@code portal.session} in a consumer group
 * of its own, and hands each record to every {@link SessionTopicListener} (sessions, API keys). On
 * assignment it starts at the records of the last {@link RevocationProperties#retention()}
 * (older ones cannot refuse a live token); the topic's retention is far longer than that.
 */
@Configuration(proxyBeanMethods = false)
class SessionRevocationConsumer {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocationConsumer.class);

    @Bean
    ConcurrentMessageListenerContainer<String, String> sessionRevocationListener(
            ConsumerFactory<String, String> consumers, List<SessionTopicListener> listeners,
            RevocationProperties properties, Clock clock) {
        ContainerProperties container = new ContainerProperties(Topics.SESSION);
        container.setGroupId(properties.consumerGroupPrefix() + "-" + UUID.randomUUID());
        container.setMessageListener((MessageListener<String, String>) record ->
                listeners.forEach(listener -> listener.apply(record.value())));
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        container.setKafkaConsumerProperties(overrides);
        container.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                seekToRetentionWindow(consumer, partitions, clock.millis() - properties.retention().toMillis());
                log.info("Reading revocations of the last {} s on {} partition(s) of {}",
                        properties.retention().toSeconds(), partitions.size(), Topics.SESSION);
            }
        });
        return new ConcurrentMessageListenerContainer<>(consumers, container);
    }

    private static void seekToRetentionWindow(Consumer<?, ?> consumer, Collection<TopicPartition> partitions,
            long sinceMillis) {
        Map<TopicPartition, Long> since = new HashMap<>();
        partitions.forEach(partition -> since.put(partition, sinceMillis));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(since);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            if (offset == null) {
                consumer.seekToEnd(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
    }
}
