package org.alumniportal.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
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
}
