package org.alumniportal.notification.recipient;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.alumniportal.platform.skills.SkillNormalizer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The recipient read model. Each event sets only the fields it carries (one upsert by {@code _id}), so user
 * and profile events may arrive in any order across their topics.
 */
@Service
public class Recipients {

    private final MongoTemplate mongo;
    private final SkillNormalizer skills;

    Recipients(MongoTemplate mongo, SkillNormalizer skills) {
        this.mongo = mongo;
        this.skills = skills;
    }

    public Optional<Recipient> find(String userId) {
        return Optional.ofNullable(mongo.findById(userId, Recipient.class));
    }

    /** A readable name for messages ("Ada Lovelace"), or {@code fallback} when we know none. */
    public String nameOf(String userId, String fallback) {
        return find(userId).map(Recipient::displayName).orElse(fallback);
    }

    /** Everyone with at least one skill, streamed: JOB_MATCH goes through them for each new job. */
    public void forEachWithSkills(Consumer<Recipient> action) {
        Query withSkills = query(where("skills").exists(true).and("deleted").ne(true));
        try (var stream = mongo.stream(withSkills, Recipient.class)) {
            stream.filter(r -> !r.getSkills().isEmpty()).forEach(action);
        }
    }

    void account(String userId, String email, String fullName, String role) {
        Update update = new Update().set("email", email);
        if (fullName != null) {
            update.set("accountName", fullName);
        }
        if (role != null) {
            // the profile and role-change events carry the current role; registration only the first one
            update.setOnInsert("role", role);
        }
        upsert(userId, update);
    }

    void profile(String userId, String name, String role, List<String> profileSkills) {
        Update update = new Update().set("profileName", name)
                .set("skills", skills.normalizeAll(profileSkills == null ? List.of() : profileSkills))
                .set("deleted", false);
        if (role != null) {
            update.set("role", role);
        }
        upsert(userId, update);
    }

    void profileDeleted(String userId) {
        upsert(userId, new Update().unset("profileName").unset("skills"));
    }

    void accountDeleted(String userId) {
        upsert(userId, new Update().unset("email").unset("accountName").unset("profileName").unset("skills")
                .set("deleted", true));
    }

    void role(String userId, String role) {
        upsert(userId, new Update().set("role", role));
    }

    private void upsert(String userId, Update update) {
        mongo.upsert(query(where("_id").is(userId)), update, Recipient.class);
    }
}
