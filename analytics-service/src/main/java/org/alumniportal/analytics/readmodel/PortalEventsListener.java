package org.alumniportal.analytics.readmodel;

import java.util.List;
import java.util.Map;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Reads every domain topic into the {@link EventProjection}s. The read models live in memory, so each instance needs
 * every partition: the group id is new per start (no partitions shared with another replica). Where to start is
 * analytics' own business, not the group's: each partition resumes from the offset saved with the last checkpoint
 * ({@link ReadModelCheckpoints}), or from offset 0 when there is none (first start, rebuild, new projection
 * version). {@link #rebuild()} resets the projections and seeks back to the beginning without a restart.
 * Projections are idempotent, so the overlap between a reset and the seek is harmless.
 */
@Component
class PortalEventsListener extends AbstractConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(PortalEventsListener.class);

    private final List<EventProjection> projections;
    private final ReadModelCheckpoints checkpoints;

    PortalEventsListener(List<EventProjection> projections, ReadModelCheckpoints checkpoints) {
        this.projections = projections;
        this.checkpoints = checkpoints;
    }

    @KafkaListener(id = "analytics-read-models",
            topics = {Topics.USER, Topics.SESSION, Topics.PROFILE, Topics.JOB, Topics.APPLICATION, Topics.MENTORSHIP,
                    Topics.COMMUNITY, Topics.ADMIN},
            groupId = "analytics-service.read-models.#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=earliest", "enable.auto.commit=false"})
    void on(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = EventEnvelopes.read(record.value());
        checkpoints.applying(record.topic(), record.partition(), record.offset(), () -> {
            for (EventProjection projection : projections) {
                projection.apply(envelope);
            }
        });
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        // Also after a rebalance: from the checkpoint's offset, never from an offset the group committed.
        for (TopicPartition partition : assignments.keySet()) {
            Long next = checkpoints.resumeOffset(partition);
            if (next == null) {
                callback.seekToBeginning(List.of(partition));
            } else {
                callback.seek(partition.topic(), partition.partition(), next);
            }
        }
    }

    /** Empties the read models, forgets the checkpoint and re-reads every topic from its first offset. */
    void rebuild() {
        log.info("Rebuilding the analytics read models from the beginning of every topic");
        checkpoints.forget(() -> projections.forEach(EventProjection::reset));
        seekToBeginning();
    }
}
