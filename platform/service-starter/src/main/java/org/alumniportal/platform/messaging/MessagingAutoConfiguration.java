package org.alumniportal.platform.messaging;

import java.util.ArrayList;
import java.util.List;

import org.alumniportal.platform.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import tools.jackson.core.JacksonException;

/**
 * Consumer-side conventions: retry with backoff then dead-letter to {@code <topic>.dlt}; every topic of
 * {@link Topics#ALL} and its dead-letter topic created at start-up; {@link ProcessedEvents}.
 */
@AutoConfiguration
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    ProcessedEvents processedEvents(MongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    ProcessedEventsPruner processedEventsPruner(ProcessedEvents processed, MessagingProperties properties) {
        return new ProcessedEventsPruner(processed, properties);
    }

    /**
     * Picked up by Boot's listener container factory. Partition -1 lets Kafka choose the dead-letter
     * partition, so a DLT with fewer partitions than its topic still works. A record that is not JSON, or
     * not an envelope, is dead-lettered at once: retrying cannot fix it.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler portalKafkaErrorHandler(KafkaTemplate<String, String> kafka, MessagingProperties properties) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka, (record, exception) -> {
            log.warn("Dead-lettering {}-{}@{} after {}", record.topic(), record.partition(), record.offset(),
                    NestedExceptionUtils.getMostSpecificCause(exception).toString());
            return new TopicPartition(Topics.deadLetterOf(record.topic()), -1);
        });
        ExponentialBackOff backOff = new ExponentialBackOff(properties.initialBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        backOff.setMaxAttempts(properties.retries());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(JacksonException.class);
        return handler;
    }

    @Bean
    @ConditionalOnMissingBean(name = "portalTopics")
    KafkaAdmin.NewTopics portalTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            for (String name : List.of(topic, Topics.deadLetterOf(topic))) {
                topics.add(TopicBuilder.name(name).partitions(properties.partitions())
                        .replicas(properties.replicationFactor()).build());
            }
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
