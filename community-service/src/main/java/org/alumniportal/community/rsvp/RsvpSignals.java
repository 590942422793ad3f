package org.alumniportal.community.rsvp;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** What recommendations read of RSVPs: who engaged with which event, and what one person answered already. */
@Component
public class RsvpSignals {

    private final MongoTemplate mongo;

    RsvpSignals(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every event a person answered, whatever the answer (recommendations never offer those again). */
    public Set<String> answeredBy(String userId) {
        return mongo.find(query(where("userId").is(userId)), Rsvp.class).stream().map(Rsvp::eventId)
                .collect(Collectors.toSet());
    }

    /** Per user, the events they attend, may attend or wait for (the co-engagement signal). */
    public Map<String, Set<String>> engagedEventsByUser() {
        Map<String, Set<String>> byUser = new HashMap<>();
        for (Rsvp rsvp : mongo.find(query(where("status").ne(RsvpStatus.NOT_ATTENDING)), Rsvp.class)) {
            byUser.computeIfAbsent(rsvp.userId(), u -> new HashSet<>()).add(rsvp.eventId());
        }
        return byUser;
    }
}
