package org.alumniportal.analytics.readmodel;

import org.alumniportal.platform.events.EventEnvelope;

/**
 * A read model fed by {@link PortalEventsListener}. Applying the same envelope twice must leave the same state
 * (Kafka delivers at least once, and a rebuild replays everything), and {@link #reset()} empties what a replay
 * from offset 0 fills again.
 */
public interface EventProjection {

    void apply(EventEnvelope envelope);

    /** Called before a rebuild re-reads the topics; a durable projection may keep its state (and dedupe). */
    void reset();
}
