package org.alumniportal.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.alumniportal.platform.messaging.MessagingAutoConfiguration;
import org.alumniportal.platform.messaging.ProcessedEvents;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.outbox.OutboxAutoConfiguration;
import org.alumniportal.platform.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;

import tools.jackson.databind.json.JsonMapper;

/** A service replaces any starter bean by declaring its own. */
class AutoConfigurationOverrideTest {

    @Configuration(proxyBeanMethods = false)
    static class Infrastructure {
        @Bean
        MongoTemplate mongoTemplate() {
            return mock(MongoTemplate.class);
        }

        @Bean
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, String> kafkaTemplate() {
            return mock(KafkaTemplate.class);
        }

        @Bean
        JsonMapper jsonMapper() {
            return JsonMapper.builder().build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ServiceOwnBeans {
        static final EventPublisher PUBLISHER = mock(EventPublisher.class);
        static final DefaultErrorHandler ERRORS = new DefaultErrorHandler();

        @Bean
        EventPublisher myPublisher() {
            return PUBLISHER;
        }

        @Bean
        CommonErrorHandler myErrorHandler() {
            return ERRORS;
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class, MessagingAutoConfiguration.class))
            .withUserConfiguration(Infrastructure.class)
            .withPropertyValues("portal.outbox.relay-enabled=false");

    @Test
    void starterProvidesPublisherRelayErrorHandlerAndProcessedEvents() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(EventPublisher.class).hasSingleBean(OutboxRelay.class)
                    .hasSingleBean(CommonErrorHandler.class).hasSingleBean(ProcessedEvents.class);
        });
    }

    @Test
    void aServicesOwnBeansReplaceTheStarters() {
        runner.withUserConfiguration(ServiceOwnBeans.class).run(context -> {
            assertThat(context.getBean(EventPublisher.class)).isSameAs(ServiceOwnBeans.PUBLISHER);
            assertThat(context.getBean(CommonErrorHandler.class)).isSameAs(ServiceOwnBeans.ERRORS);
        });
    }
}
