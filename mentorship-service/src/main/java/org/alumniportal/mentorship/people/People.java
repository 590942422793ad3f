package org.alumniportal.mentorship.people;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Reads and writes the people read model. Each write is one conditional upsert on the {@code _id}: it applies
 * only when the stream's stored time is not newer than the event's; otherwise the upsert's insert collides
 * with the existing id, which is the "stale, skip it" answer (atomic without a transaction). The other
 * stream's time starts at the epoch on insert, so its condition always has a value to compare.
 */
@Service
public class People {

    private static final Logger log = LoggerFactory.getLogger(People.class);

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    People(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
    }

    public Optional<Person> find(String userId) {
        return Optional.ofNullable(mongo.findById(userId, Person.class));
    }

    boolean applyAccount(String userId, Update update, Instant time) {
        return apply(userId, "userTime", "profileTime", update, time);
    }

    boolean applyProfile(String userId, Update update, Instant time) {
        return apply(userId, "profileTime", "userTime", update, time);
    }

    private boolean apply(String userId, String timeField, String otherTimeField, Update update, Instant time) {
        update.set(timeField, time).setOnInsert(otherTimeField, Instant.EPOCH);
        try {
            mongo.upsert(query(where("_id").is(userId).and(timeField).lte(time)), update, Person.class);
        } catch (DuplicateKeyException newerAlreadyApplied) {
            log.info("Skipped an event of {} from {}: a newer one was applied already", userId, time);
            return false;
        }
        find(userId).ifPresent(p -> events.publishEvent(new PersonChanged(userId, p.getName(), p.isActive())));
        return true;
    }
}
