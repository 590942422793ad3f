package org.alumniportal.mentorship.mentorship;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The mentorship documents: lookups for the other features (sessions, matching) and the status moves, each
 * one {@code findAndModify} conditioned on the status it leaves, so that of two concurrent moves only one
 * happens. The per-person lists scan on the embedded store (a person has a handful of mentorships; the
 * compound indexes serve them on a real MongoDB).
 */
@Service
public class Mentorships {

    private final MongoTemplate mongo;

    Mentorships(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mentorship require(String id) {
        return Optional.ofNullable(mongo.findById(id, Mentorship.class)).orElseThrow(() -> notFound(id));
    }

    /** 404 for a mentorship that does not exist, and the same for one the caller may not see (not theirs). */
    public static PortalException notFound(String id) {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Mentorship not found",
                "There is no mentorship or request " + id + ".").with("mentorshipId", id);
    }

    /** The mentors the person has a PENDING request to or an ACTIVE mentorship with. */
    public Set<String> openMentorsOf(String menteeId) {
        return mongo.find(query(where("menteeId").is(menteeId)), Mentorship.class).stream()
                .filter(m -> m.getStatus().isOpen()).map(Mentorship::getMentorId).collect(Collectors.toSet());
    }

    void insert(Mentorship mentorship) {
        mongo.insert(mentorship);
    }

    /** @return the moved document, or empty when it was not in {@code from} any more */
    Optional<Mentorship> move(String id, MentorshipStatus from, Update update) {
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(id).and("status").is(from)), update,
                FindAndModifyOptions.options().returnNew(true), Mentorship.class));
    }

    List<Mentorship> find(Criteria criteria) {
        return mongo.find(query(criteria), Mentorship.class);
    }
}
