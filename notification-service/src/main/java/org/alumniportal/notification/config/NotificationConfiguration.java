package org.alumniportal.notification.config;

import java.time.Clock;

import org.alumniportal.platform.messaging.MessagingProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** One clock for every timestamp (tests replace it); scheduling for mail retries and stream heartbeats. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The live fan-out topic is this service's own: no other service reads or writes it. */
    @Bean
    NewTopic liveNotificationTopic(NotificationProperties properties, MessagingProperties messaging) {
        return TopicBuilder.name(properties.liveTopic()).partitions(messaging.partitions())
                .replicas(messaging.replicationFactor()).build();
    }
}
