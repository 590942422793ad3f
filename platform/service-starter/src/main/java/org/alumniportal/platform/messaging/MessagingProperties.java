package org.alumniportal.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.messaging.*}.
 *
 * @param partitions partitions of each topic and dead-letter topic created at start-up
 * @param replicationFactor 1 for the single embedded broker; 3 in production
 * @param retries redeliveries of a failing record before it goes to {@code <topic>.dlt}
 * @param initialBackoff wait before the first retry, doubled each time up to {@code maxBackoff}
 */
@ConfigurationProperties("portal.messaging")
public record MessagingProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("3") int retries,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("5s") Duration maxBackoff) {
}
