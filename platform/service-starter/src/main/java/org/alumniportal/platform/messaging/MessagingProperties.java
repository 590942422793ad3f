package org.alumniportal.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.messaging.*}.
 *
 * @param partitions partitions of each topic and dead-letter topic created at start-up
 * @param replicationFactor 1 for the single embedded broker; 3 in production
 * @param retries redeliveries of a failing record before it goes to {@code <topic>.dlt}
 * @param initialBackoff wait before the first retry, doubled each time up to {@code maxBackoff}
 * @param processedRetention how long the mark of an applied event is kept: the redelivery window. Kafka can
 *                           only redeliver what a topic still holds (7 days by default), so a mark older than
 *                           the topics' retention guards nothing and only grows {@code processed_events}.
 * @param pruneInterval how often older marks are deleted
 */
@ConfigurationProperties("portal.messaging")
public record MessagingProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("3") int retries,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("5s") Duration maxBackoff,
        @DefaultValue("8d") Duration processedRetention,
        @DefaultValue("1h") Duration pruneInterval) {

    @ConstructorBinding
    public MessagingProperties {
    }

    /** The shape before pruning; kept so existing callers still compile. */
    public MessagingProperties(int partitions, short replicationFactor, int retries, Duration initialBackoff,
            Duration maxBackoff) {
        this(partitions, replicationFactor, retries, initialBackoff, maxBackoff, Duration.ofDays(8),
                Duration.ofHours(1));
    }
}
