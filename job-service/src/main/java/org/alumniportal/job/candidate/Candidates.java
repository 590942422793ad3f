package org.alumniportal.job.candidate;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.alumniportal.platform.skills.SkillNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Reads and writes the candidate read model. Every write is one conditional upsert keyed by the user id:
 * it applies only when the stored state is not newer than the event ({@code eventTime <= time}). When the
 * stored state is newer, the condition misses and the upsert's insert collides with the existing
 * {@code _id}: that duplicate key is the "stale event, skip it" answer, atomic without a transaction and
 * served by the {@code _id} index also on the embedded store.
 */
@Service
public class Candidates {

    private static final Logger log = LoggerFactory.getLogger(Candidates.class);

    private final MongoTemplate mongo;

    Candidates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The person's profile as job-service knows it; empty without one (never created, or deleted). */
    public Optional<Candidate> find(String userId) {
        return Optional.ofNullable(mongo.findById(userId, Candidate.class)).filter(c -> !c.isDeleted());
    }

    /** A full snapshot of the profile's fields; {@code yearsOfExperience} may be null. */
    record Snapshot(String userId, String role, List<String> skills, String location, Integer yearsOfExperience,
            String currentRole, boolean hasCv) {
    }

    /** @return false when a newer event was applied already (this one is stale and skipped) */
    boolean save(Snapshot profile, Instant eventTime) {
        Update update = new Update()
                .set("role", profile.role())
                .set("skills", SkillNormalizer.standard().normalizeAll(profile.skills()))
                .set("location", blankToNull(profile.location()))
                .set("yearsOfExperience", profile.yearsOfExperience())
                .set("currentRole", blankToNull(profile.currentRole()))
                .set("hasCv", profile.hasCv())
                .set("deleted", false)
                .set("eventTime", eventTime);
        return upsertIfNotNewer(profile.userId(), update, eventTime);
    }

    /** Drops the personal data and leaves a tombstone. @return false for a stale event */
    boolean delete(String userId, Instant eventTime) {
        Update update = new Update()
                .unset("role").unset("skills").unset("location").unset("yearsOfExperience").unset("currentRole")
                .set("hasCv", false)
                .set("deleted", true)
                .set("eventTime", eventTime);
        return upsertIfNotNewer(userId, update, eventTime);
    }

    private boolean upsertIfNotNewer(String userId, Update update, Instant eventTime) {
        try {
            mongo.upsert(query(where("_id").is(userId).and("eventTime").lte(eventTime)), update, Candidate.class);
            return true;
        } catch (DuplicateKeyException newerAlreadyApplied) {
            log.info("Skipped a profile event of {} from {}: a newer one was applied already", userId, eventTime);
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
