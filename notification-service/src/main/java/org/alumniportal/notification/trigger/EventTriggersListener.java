package org.alumniportal.notification.trigger;

import java.util.List;

import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.recipient.Recipients;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads every topic and delivers the notifications each event calls for. A redelivered event delivers nothing
 * twice: each notification and its mail job are stored under the notification's idempotency key (event,
 * recipient, type), so the second insert collides and is skipped, and a delivery that failed or crashed half-way
 * is completed by the redelivery. Only a new job's matches also take from daily caps, which a redelivery must
 * not take again, so that event is applied once ({@link ProcessedEvents}); the others need no mark, which spared
 * a store write per event.
 */
@Component
class EventTriggersListener {

    static final String CONSUMER = "notification-triggers";
    private static final Logger log = LoggerFactory.getLogger(EventTriggersListener.class);

    private final TriggerRules rules;
    private final JobMatches jobMatches;
    private final Deliveries deliveries;
    private final ProcessedEvents processed;

    EventTriggersListener(Recipients recipients, JobMatches jobMatches, Deliveries deliveries,
            ProcessedEvents processed) {
        this.rules = new TriggerRules(recipients::nameOf);
        this.jobMatches = jobMatches;
        this.deliveries = deliveries;
        this.processed = processed;
    }

    // A few consumers: the topics' partitions are worked in parallel, each partition still in order.
    @KafkaListener(topics = "#{T(org.alumniportal.platform.events.Topics).ALL}",
            groupId = "notification-service.triggers", concurrency = "${portal.notification.trigger-consumers:3}")
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        if (JobPosted.TYPE.equals(envelope.type())) {
            // Inside runOnce: matching takes from the daily caps, which a redelivery must not take again.
            processed.runOnce(CONSUMER, envelope.id(), () -> deliverAll(envelope,
                    jobMatches.notificationsFor(envelope, EventEnvelopes.payload(envelope, JobPosted.class))));
            return;
        }
        List<NewNotification> notifications = rules.notificationsFor(envelope);
        if (!notifications.isEmpty()) {
            deliverAll(envelope, notifications);
        }
    }

    private void deliverAll(EventEnvelope envelope, List<NewNotification> notifications) {
        notifications.forEach(deliveries::deliver);
        log.info("Event {} {} gave {} notification(s)", envelope.type(), envelope.id(), notifications.size());
    }
}
