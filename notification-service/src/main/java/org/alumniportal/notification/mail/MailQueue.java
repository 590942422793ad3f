package org.alumniportal.notification.mail;

import java.time.Clock;

import org.alumniportal.notification.notification.NewNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Queues a notification's mail once; the {@link MailDispatcher} sends it right away and retries it later. */
@Service
public class MailQueue {

    private static final Logger log = LoggerFactory.getLogger(MailQueue.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final MailDispatcher dispatcher;

    MailQueue(MongoTemplate mongo, Clock clock, MailDispatcher dispatcher) {
        this.mongo = mongo;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    /** @return false when this notification's mail was queued before (a redelivered event) */
    public boolean enqueue(NewNotification notification) {
        try {
            mongo.insert(MailJob.of(notification, clock.instant()));
        } catch (DuplicateKeyException alreadyQueued) {
            log.debug("Mail {} already queued; not again", notification.id());
            return false;
        }
        dispatcher.nudge(notification.id());
        return true;
    }
}
