package org.alumniportal.mentorship.session;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.alumniportal.platform.events.mentorship.SessionReminder;
import org.alumniportal.platform.outbox.EventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Emits {@code session.reminder.v1} once per SCHEDULED session when its start is within the lead time
 * ({@code portal.mentorship.reminder-lead}, 24 h by default). The flag flips by a conditional update before the
 * event is stored, so two sweeps (or two replicas) never remind twice; a reschedule clears it.
 */
@Component
class SessionReminders {

    private final MongoTemplate mongo;
    private final EventPublisher events;
    private final Clock clock;
    private final Duration lead;

    SessionReminders(MongoTemplate mongo, EventPublisher events, Clock clock,
            @Value("${portal.mentorship.reminder-lead:PT24H}") Duration lead) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
        this.lead = lead;
    }

    @Scheduled(fixedDelayString = "${portal.mentorship.reminder-sweep:PT1M}", initialDelayString = "PT10S")
    void sweep() {
        remindDue();
    }

    /** @return how many reminders were emitted */
    int remindDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Session due : mongo.find(query(where("status").is(SessionStatus.SCHEDULED).and("reminderSent").is(false)
                .and("scheduledAt").gt(now).lte(now.plus(lead))), Session.class)) {
            // The claim and the reminder together: a claimed session whose reminder was lost would never get one.
            boolean claimed = events.publishWhen(due.getId(), () -> mongo.findAndModify(query(where("_id")
                            .is(due.getId()).and("reminderSent").is(false).and("scheduledAt").is(due.getScheduledAt())),
                    new Update().set("reminderSent", true), FindAndModifyOptions.options().returnNew(true),
                    Session.class) != null,
                    new SessionReminder(due.getId(), due.getMentorshipId(), due.getMentorId(), due.getMenteeId(),
                            due.getScheduledAt()));
            if (claimed) {
                sent++;
            }
        }
        return sent;
    }
}
