package org.alumniportal.community.event;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The event's counters, each changed by one conditional atomic update on the event document (served by the
 * {@code _id} index also on the embedded store): a seat is claimed only where {@code attendingCount < maxAttendees}
 * for the very {@code maxAttendees} read, so no number of concurrent RSVPs ever pushes attendance past capacity.
 */
@Component
public class EventSeats {

    private final MongoTemplate mongo;

    EventSeats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return true when a seat was taken for the caller, false when the event is full (or not SCHEDULED) */
    public boolean claim(String eventId) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Event event = mongo.findById(eventId, Event.class);
            if (event == null || event.getStatus() != EventStatus.SCHEDULED || event.isRemoved()) {
                return false;
            }
            Integer max = event.getMaxAttendees();
            Query seatLeft = max == null
                    ? query(where("_id").is(eventId).and("status").is(EventStatus.SCHEDULED).and("maxAttendees").isNull())
                    : query(where("_id").is(eventId).and("status").is(EventStatus.SCHEDULED).and("maxAttendees").is(max)
                            .and("attendingCount").lt(max));
            if (mongo.updateFirst(seatLeft, new Update().inc("attendingCount", 1), Event.class).getMatchedCount() > 0) {
                return true;
            }
            Event now = mongo.findById(eventId, Event.class);
            if (now == null || java.util.Objects.equals(now.getMaxAttendees(), max)
                    || now.getStatus() != EventStatus.SCHEDULED) {
                return false;
            }
            // the capacity was edited between our read and our claim: decide again on the new one
        }
        return false;
    }

    /** Gives a seat back (someone stopped attending, or a claim lost its race for the RSVP record). */
    public void release(String eventId) {
        mongo.updateFirst(query(where("_id").is(eventId).and("attendingCount").gt(0)),
                new Update().inc("attendingCount", -1), Event.class);
    }

    public void changeWaitlist(String eventId, int delta) {
        mongo.updateFirst(query(where("_id").is(eventId)), new Update().inc("waitlistCount", delta), Event.class);
    }

    /** A strictly increasing place in the event's waitlist queue (first come, first promoted). */
    public long nextWaitlistPosition(String eventId) {
        Event updated = mongo.findAndModify(query(where("_id").is(eventId)), new Update().inc("waitlistSequence", 1),
                FindAndModifyOptions.options().returnNew(true), Event.class);
        return updated == null ? Long.MAX_VALUE : updated.getWaitlistSequence();
    }
}
