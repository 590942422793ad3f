package org.alumniportal.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.outbox.*}.
 *
 * @param relayEnabled whether this instance sends pending entries (off: it only writes them)
 * @param pollInterval how often pending entries are looked for, besides the nudge after each publish
 * @param sendTimeout how long one send may wait for the broker's acknowledgement
 * @param batchSize entries read per query
 * @param sentRetention how long sent entries are kept (for inspection) before they are deleted
 */
@ConfigurationProperties("portal.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("100") int batchSize,
        @DefaultValue("1h") Duration sentRetention) {
}
