package org.alumniportal.platform.outbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/** {@link EventPublisher} and {@link OutboxRelay} on the service's Mongo database and Kafka producer. */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        return new OutboxRelay(mongo, kafka, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(MongoTemplate mongo, JsonMapper json, OutboxRelay relay, Environment environment) {
        return new EventPublisher(mongo, json, relay,
                environment.getProperty("spring.application.name", "unknown-service"));
    }
}
