package org.alumniportal.community.people;

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
 * Reads and writes the member read model. A write is one conditional upsert on the user id: it applies only when
 * the stored time of its kind is not newer; otherwise the upsert's insert collides with the existing id, which is
 * the atomic "stale, skip it" answer (the same trick as job-service's candidates).
 */
@Service
public class People {

    private static final Logger log = LoggerFactory.getLogger(People.class);

    private final MongoTemplate mongo;
    private final SkillNormalizer skills;

    People(MongoTemplate mongo, SkillNormalizer skills) {
        this.mongo = mongo;
        this.skills = skills;
    }

    public Optional<Member> find(String userId) {
        return Optional.ofNullable(mongo.findById(userId, Member.class));
    }

    public Optional<String> nameOf(String userId) {
        return find(userId).map(Member::name);
    }

    /** Normalised skills of the person; empty when unknown. */
    public List<String> skillsOf(String userId) {
        return find(userId).map(Member::skills).orElse(List.of());
    }

    boolean account(String userId, String name, String role, String status, Instant time) {
        Update update = new Update().set("accountEventTime", time);
        if (status != null) {
            update.set("status", status);
        }
        boolean applied = upsert(userId, "accountEventTime", time, update);
        shared(userId, name, role, time);
        return applied;
    }

    boolean profile(String userId, String name, String role, List<String> profileSkills, Instant time) {
        Update update = new Update().set("profileEventTime", time)
                .set("skills", profileSkills == null ? List.of() : skills.normalizeAll(profileSkills));
        boolean applied = upsert(userId, "profileEventTime", time, update);
        shared(userId, name, role, time);
        return applied;
    }

    /**
     * Name and role arrive on both topics, each read by its own listener, so an older profile event can be read
     * after a newer role change: each field keeps the time of the event it came from, and only a newer one
     * replaces it, whichever topic carried it. The member exists by now (its kind's upsert ran first).
     */
    private void shared(String userId, String name, String role, Instant time) {
        if (name != null) {
            newerOnly(userId, "name", name, "nameTime", time);
        }
        if (role != null) {
            newerOnly(userId, "role", role, "roleTime", time);
        }
    }

    private void newerOnly(String userId, String field, String value, String timeField, Instant time) {
        mongo.updateFirst(query(where("_id").is(userId).orOperator(where(timeField).lte(time), where(timeField).isNull())),
                new Update().set(field, value).set(timeField, time), Member.class);
    }

    boolean profileDeleted(String userId, Instant time) {
        return upsert(userId, "profileEventTime", time,
                new Update().set("profileEventTime", time).set("skills", List.of()));
    }

    private boolean upsert(String userId, String timeField, Instant time, Update update) {
        try {
            mongo.upsert(query(where("_id").is(userId).orOperator(where(timeField).lte(time), where(timeField).isNull())),
                    update, Member.class);
            return true;
        } catch (DuplicateKeyException newerApplied) {
            log.info("Skipped a stale {} event of {} from {}", timeField, userId, time);
            return false;
        }
    }
}
