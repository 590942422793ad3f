package org.alumniportal.analytics.readmodel;

import java.util.List;
import java.util.Map;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Reads every domain topic from offset 0 into the {@link EventProjection}s. The read models live in memory, so
 * each instance needs every partition: the group id is new per start (no committed offsets to resume from, no
 * partitions shared with another replica), and {@link #rebuild()} resets the projections and seeks back to the
 * beginning without a restart. Projections are idempotent, so the overlap between a reset and the seek is harmless.
 */
@Component
class PortalEventsListener extends AbstractConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(PortalEventsListener.class);

    private final List<EventProjection> projections;

    PortalEventsListener(List<EventProjection> projections) {
        this.projections = projections;
    }

    @KafkaListener(id = "analytics-read-models",
            topics = {Topics.USER, Topics.SESSION, Topics.PROFILE, Topics.JOB, Topics.APPLICATION, Topics.MENTORSHIP,
                    Topics.COMMUNITY, Topics.ADMIN},
            groupId = "analytics-service.read-models.#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=earliest", "enable.auto.commit=false"})
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        for (EventProjection projection : projections) {
            projection.apply(envelope);
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        // Also after a rebalance: the models are rebuilt from the whole history, never from a committed offset.
        callback.seekToBeginning(assignments.keySet());
    }

    /** Empties the read models and re-reads every topic from its first offset. */
    void rebuild() {
        log.info("Rebuilding the analytics read models from the beginning of every topic");
        projections.forEach(EventProjection::reset);
        seekToBeginning();
    }
}
