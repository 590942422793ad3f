package org.alumniportal.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PortalDefaultsTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    @Test
    void serviceSettingsWinOverTheStarterDefaults() {
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("spring.kafka.consumer.auto-offset-reset", "latest", "spring.application.name", "job-service")));

        new PortalDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("latest");
        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("job-service");
    }

    @Test
    void producerFailsFastWhenTheBrokerIsDown() {
        new PortalDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.producer.properties.max.block.ms", Integer.class))
                .isLessThanOrEqualTo(10_000);
        assertThat(environment.getProperty("spring.kafka.producer.properties.enable.idempotence")).isEqualTo("true");
    }

    @Test
    void listenersCommitOffsetsOnceASecondNotAfterEveryPoll() {
        new PortalDefaults().postProcessEnvironment(environment, new SpringApplication());

        // bound as Spring Boot binds them for its listener container factory, so a misspelt key fails here
        KafkaProperties.Listener listener = Binder.get(environment).bind("spring.kafka", KafkaProperties.class)
                .get().getListener();
        assertThat(listener.getAckMode()).isEqualTo(AckMode.TIME);
        assertThat(listener.getAckTime()).isEqualTo(Duration.ofSeconds(1));
    }
}
