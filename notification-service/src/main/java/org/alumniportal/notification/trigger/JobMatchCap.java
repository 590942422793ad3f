package org.alumniportal.notification.trigger;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.alumniportal.notification.config.NotificationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At most {@code jobMatchDailyCap} JOB_MATCH notifications per user and UTC day. One counter document per user
 * and day, taken with a conditional upsert ({@code count < cap}): when the cap is reached the condition misses
 * and the upsert's insert collides with the existing {@code _id}, which is the "no more today" answer, atomic
 * without a transaction.
 */
@Component
class JobMatchCap {

    @Document("job_match_caps")
    record Counter(@Id String id, int count) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final int cap;

    JobMatchCap(MongoTemplate mongo, Clock clock, NotificationProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.cap = properties.jobMatchDailyCap();
    }

    boolean tryTake(String userId) {
        String id = userId + "/" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            mongo.upsert(query(where("_id").is(id).and("count").lt(cap)), new Update().inc("count", 1), Counter.class);
            return true;
        } catch (DuplicateKeyException capReached) {
            return false;
        }
    }
}
