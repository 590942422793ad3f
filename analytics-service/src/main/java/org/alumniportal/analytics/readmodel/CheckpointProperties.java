package org.alumniportal.analytics.readmodel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.analytics.checkpoints.*}: whether the read models are saved to analytics' database and resumed
 * from there at start (instead of replaying every topic), and how often a changed state is saved. A crash loses
 * at most one interval of applied events, which Kafka delivers again from the saved offsets.
 */
@ConfigurationProperties("portal.analytics.checkpoints")
record CheckpointProperties(Boolean enabled, Duration interval) {

    CheckpointProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofSeconds(30) : interval;
    }
}
