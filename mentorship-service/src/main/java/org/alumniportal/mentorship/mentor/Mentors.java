package org.alumniportal.mentorship.mentor;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.alumniportal.mentorship.people.PersonChanged;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The mentor documents and every change to them. Each change is one conditional {@code findAndModify} on the
 * {@code _id} (served by the id index also on the embedded store, atomic without a transaction): the
 * condition carries the rule ("a free place is left", "max not below current"), so concurrent callers
 * cannot both pass a check that only one may pass. The new document goes to the {@link MentorDirectory}.
 */
@Service
public class Mentors {

    private static final Duration CALENDAR_WAIT = Duration.ofSeconds(5);

    private final MongoTemplate mongo;
    private final MentorDirectory directory;
    private final Clock clock;

    Mentors(MongoTemplate mongo, MentorDirectory directory, Clock clock) {
        this.mongo = mongo;
        this.directory = directory;
        this.clock = clock;
    }

    public Optional<Mentor> find(String userId) {
        return Optional.ofNullable(mongo.findById(userId, Mentor.class));
    }

    public Mentor require(String userId) {
        return find(userId).orElseThrow(() -> notFound(userId));
    }

    void insert(Mentor mentor) {
        mongo.insert(mentor);
        directory.put(mentor);
    }

    /**
     * Takes one of the mentor's places if one is free: the condition {@code freePlaces > 0} and the decrement
     * are one atomic write, so of many concurrent accepts for the last place exactly one gets it.
     *
     * @return false when the mentor is full (or unknown)
     */
    public boolean takePlace(String mentorId) {
        return change(query(where("_id").is(mentorId).and("freePlaces").gt(0)),
                new Update().inc("freePlaces", -1).inc("currentMentees", 1)).isPresent();
    }

    /** Gives a place back (a mentorship ended, or an accept lost its race after taking one). */
    public void releasePlace(String mentorId) {
        change(query(where("_id").is(mentorId).and("currentMentees").gt(0)),
                new Update().inc("freePlaces", 1).inc("currentMentees", -1));
    }

    public void recordCompletedSession(String mentorId) {
        change(query(where("_id").is(mentorId)), new Update().inc("totalSessions", 1));
    }

    public void recordRating(String mentorId, int rating) {
        change(query(where("_id").is(mentorId)), new Update().inc("ratingSum", rating).inc("ratingCount", 1));
    }

    Mentor setAvailable(String mentorId, boolean available) {
        return change(query(where("_id").is(mentorId)), new Update().set("available", available))
                .orElseThrow(() -> notFound(mentorId));
    }

    /**
     * Replaces the profile fields. A new {@code maxMentees} moves {@code freePlaces} by the difference, on the
     * condition that the maximum is still the one read and not below the current mentees; a concurrent accept
     * makes the condition miss, and the caller retries on fresh numbers.
     *
     * @return empty when the condition missed
     */
    Optional<Mentor> updateProfile(Mentor read, Update fields, int maxMentees) {
        Query condition = query(where("_id").is(read.getUserId()).and("maxMentees").is(read.getMaxMentees())
                .and("currentMentees").lte(maxMentees));
        return change(condition, fields.set("maxMentees", maxMentees)
                .inc("freePlaces", maxMentees - read.getMaxMentees()));
    }

    /**
     * Takes the mentor's calendar lease, so that the overlap check and the insert of a session happen for one
     * caller at a time per mentor, across threads and replicas. Waits up to five seconds for a holder.
     *
     * @return the lease, to hand back to {@link #unlockCalendar}
     */
    public Instant lockCalendar(String mentorId, Duration lease) {
        Instant deadline = Instant.now().plus(CALENDAR_WAIT);
        while (true) {
            Instant now = clock.instant();
            Instant until = now.plus(lease);
            boolean taken = mongo.updateFirst(query(where("_id").is(mentorId).and("calendarLockedUntil").lt(now)),
                    new Update().set("calendarLockedUntil", until), Mentor.class).getModifiedCount() == 1;
            if (taken) {
                return until;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new PortalException(HttpStatus.CONFLICT, "calendar-busy", "Calendar busy",
                        "The mentor's calendar is being changed; try again.").with("mentorId", mentorId);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Frees the lease only if it is still this caller's (an expired one may have been taken over). */
    public void unlockCalendar(String mentorId, Instant lease) {
        mongo.updateFirst(query(where("_id").is(mentorId).and("calendarLockedUntil").is(lease)),
                new Update().set("calendarLockedUntil", Instant.EPOCH), Mentor.class);
    }

    /** Name and account state follow the people read model. */
    @EventListener
    void on(PersonChanged person) {
        Update update = new Update().set("active", person.active());
        if (person.name() != null) {
            update.set("name", person.name());
        }
        change(query(where("_id").is(person.userId())), update);
    }

    private Optional<Mentor> change(Query condition, Update update) {
        Mentor changed = mongo.findAndModify(condition, update.inc("revision", 1),
                FindAndModifyOptions.options().returnNew(true), Mentor.class);
        if (changed != null) {
            directory.put(changed);
        }
        return Optional.ofNullable(changed);
    }

    static PortalException notFound(String userId) {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Mentor not found",
                "There is no mentor " + userId + ".").with("mentorId", userId);
    }
}
