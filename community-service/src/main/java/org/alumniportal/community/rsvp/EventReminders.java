package org.alumniportal.community.rsvp;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.alumniportal.community.config.CommunityProperties;
import org.alumniportal.community.event.Event;
import org.alumniportal.community.event.EventService;
import org.alumniportal.platform.events.community.EventReminder;
import org.alumniportal.platform.outbox.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends {@code event.reminder.v1} to each attendee once, {@code portal.community.reminders.lead-time} (24 h) before
 * the start. Every replica polls; per event start one {@link ReminderJob} is claimed atomically (so two replicas
 * never work on it together), and per attendee a {@link ReminderSent} marker with a unique id is written before the
 * event goes to the outbox (so a takeover after a crash skips who was reminded). The one window left is a crash
 * between a marker and its outbox entry: that attendee is not reminded, never reminded twice. Someone who RSVPs
 * within the lead time is reminded by the next sweep.
 */
@Component
class EventReminders {

    private static final Logger log = LoggerFactory.getLogger(EventReminders.class);

    private final MongoTemplate mongo;
    private final EventService events;
    private final RsvpService rsvps;
    private final EventPublisher publisher;
    private final CommunityProperties.Reminders settings;
    private final Clock clock;
    private final String replica = UUID.randomUUID().toString();

    EventReminders(MongoTemplate mongo, EventService events, RsvpService rsvps, EventPublisher publisher,
            CommunityProperties properties, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.rsvps = rsvps;
        this.publisher = publisher;
        this.settings = properties.reminders();
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${portal.community.reminders.poll:PT1M}",
            fixedDelayString = "${portal.community.reminders.poll:PT1M}")
    void poll() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // the next poll retries; a store hiccup must not kill the scheduler thread
            log.warn("Reminder sweep failed: {}", e.toString());
        }
    }

    /** @return reminders this replica sent in this run */
    int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Event event : events.startingBetween(now, now.plus(settings.leadTime()))) {
            sent += remind(event, now);
        }
        return sent;
    }

    private int remind(Event event, Instant now) {
        String jobId = event.getId() + ":" + event.getStartDate().getEpochSecond();
        try {
            mongo.insert(new ReminderJob(jobId, event.getId(), null, Instant.EPOCH, 0, null));
        } catch (DuplicateKeyException exists) {
            // created by an earlier run or another replica; the claim below decides who works on it
        }
        ReminderJob claimed = mongo.findAndModify(
                query(where("_id").is(jobId).and("leaseUntil").lt(now)),
                new Update().set("owner", replica).set("leaseUntil", now.plus(settings.lease())), ReminderJob.class);
        if (claimed == null) {
            return 0;
        }
        int sent = 0;
        for (Rsvp attendee : rsvps.of(event.getId(), RsvpStatus.ATTENDING)) {
            try {
                // The mark and the reminder together: a marked attendee whose reminder was lost would get none.
                publisher.publishWith(event.getId(), () -> mongo.insert(new ReminderSent(jobId + ":"
                        + attendee.userId(), jobId, attendee.userId(), now)), new EventReminder(event.getId(),
                        attendee.userId(), event.getTitle(), event.getStartDate(),
                        event.isVirtual() ? event.getMeetingLink() : event.getLocation()));
            } catch (DuplicateKeyException alreadyReminded) {
                continue;
            }
            sent++;
        }
        // release the lease at once: the next sweep (of any replica) reminds whoever RSVPs from now on
        mongo.updateFirst(query(where("_id").is(jobId).and("owner").is(replica)),
                new Update().set("leaseUntil", now).set("lastRunAt", clock.instant()).inc("sent", sent),
                ReminderJob.class);
        if (sent > 0) {
            log.info("Reminded {} attendees of event {} (job {})", sent, event.getId(), jobId);
        }
        return sent;
    }
}
