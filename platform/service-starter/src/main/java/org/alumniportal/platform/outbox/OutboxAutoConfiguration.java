package org.alumniportal.platform.outbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** {@link EventPublisher} and {@link OutboxRelay} on the service's Mongo database and Kafka producer. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(mongo, kafka, properties, meters.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(MongoTemplate mongo, JsonMapper json, OutboxRelay relay, Environment environment,
            OutboxProperties properties) {
        return new EventPublisher(mongo, json, relay,
                environment.getProperty("spring.application.name", "unknown-service"),
                OutboxTransactions.template(mongo, properties));
    }
}
