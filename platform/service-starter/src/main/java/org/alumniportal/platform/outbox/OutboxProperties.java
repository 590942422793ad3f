package org.alumniportal.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.outbox.*}.
 *
 * @param relayEnabled whether this instance sends pending entries (off: it only writes them)
 * @param pollInterval how often pending entries are looked for, besides the nudge after each publish
 * @param sendTimeout how long one send may wait for the broker's acknowledgement
 * @param batchSize entries read per query
 * @param sentRetention how long sent entries are kept (for inspection) before they are deleted; zero deletes each
 *                      at once when the broker acknowledged it (the local stack: the embedded store has no
 *                      non-unique indexes, so the relay's poll scans whatever the outbox holds)
 * @param maxAttempts failed sends of one entry, with an error a retry cannot fix (a record too large, a
 *                    topic that may not exist), before it is parked so the entries behind it move on. A
 *                    broker that is down or slow parks nothing: that error is the broker's, not the entry's.
 * @param claimTimeout how long a relay's claim on an entry holds; longer than {@code sendTimeout}, so a live
 *                     relay keeps its claim and a dead one's lapses
 * @param stagedTimeout how old a {@code STAGED} entry gets before the relay releases it: its service died between
 *                      the entry and the state write, and publishing beats losing the event
 * @param transactions {@code auto}: one Mongo transaction for a state change and its events where the server
 *                     supports them (replica set, sharded cluster); {@code never}: staged writes everywhere
 */
@ConfigurationProperties("portal.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("100") int batchSize,
        @DefaultValue("1h") Duration sentRetention,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1m") Duration claimTimeout,
        @DefaultValue("1m") Duration stagedTimeout,
        @DefaultValue("auto") Transactions transactions) {

    public enum Transactions {
        AUTO, NEVER
    }

    @ConstructorBinding
    public OutboxProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("portal.outbox.max-attempts must be at least 1: " + maxAttempts);
        }
        if (claimTimeout == null || sendTimeout == null || claimTimeout.compareTo(sendTimeout) <= 0) {
            throw new IllegalArgumentException("portal.outbox.claim-timeout (" + claimTimeout
                    + ") must be longer than portal.outbox.send-timeout (" + sendTimeout + ")");
        }
    }

    /** The shape before parking and claims; kept so existing callers still compile. */
    public OutboxProperties(boolean relayEnabled, Duration pollInterval, Duration sendTimeout, int batchSize,
            Duration sentRetention) {
        this(relayEnabled, pollInterval, sendTimeout, batchSize, sentRetention, 5, sendTimeout.plusSeconds(45),
                Duration.ofMinutes(1), Transactions.AUTO);
    }

    /** The shape before staged writes; kept so callers of it still compile. */
    public OutboxProperties(boolean relayEnabled, Duration pollInterval, Duration sendTimeout, int batchSize,
            Duration sentRetention, int maxAttempts, Duration claimTimeout) {
        this(relayEnabled, pollInterval, sendTimeout, batchSize, sentRetention, maxAttempts, claimTimeout,
                Duration.ofMinutes(1), Transactions.AUTO);
    }
}
