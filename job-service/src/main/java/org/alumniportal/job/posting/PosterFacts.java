package org.alumniportal.job.posting;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Per user: the account status auth-service announced and whether profile-service verified the alumnus. Each
 * fact keeps its own event time and changes only for a newer event: one conditional upsert by {@code _id},
 * whose duplicate-key answer means "a newer event was applied already" (as in the candidate read model).
 */
@Component
class PosterFacts {

    private static final Logger log = LoggerFactory.getLogger(PosterFacts.class);

    private final MongoTemplate mongo;

    PosterFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<Fact> find(String userId) {
        return Optional.ofNullable(mongo.findById(userId, Fact.class));
    }

    void status(String userId, String status, Instant eventTime) {
        apply(userId, "status", status, "statusTime", eventTime);
    }

    void verified(String userId, boolean verified, Instant eventTime) {
        apply(userId, "verified", verified, "verifiedTime", eventTime);
    }

    private void apply(String userId, String field, Object value, String timeField, Instant eventTime) {
        Criteria notNewer = new Criteria().orOperator(where(timeField).lte(eventTime), where(timeField).exists(false));
        try {
            mongo.upsert(query(where("_id").is(userId)).addCriteria(notNewer),
                    new Update().set(field, value).set(timeField, eventTime), Fact.class);
        } catch (DuplicateKeyException newerAlreadyApplied) {
            log.info("Skipped a {} event of {} from {}: a newer one was applied already", field, userId, eventTime);
        }
    }

    @Document("poster_facts")
    record Fact(@Id String userId, String status, Instant statusTime, Boolean verified, Instant verifiedTime) {

        boolean approved() {
            return "ACTIVE".equals(status);
        }

        boolean isVerified() {
            return Boolean.TRUE.equals(verified);
        }
    }
}
