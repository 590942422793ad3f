package org.alumniportal.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Outbox entries written ahead of their state change ({@link EventPublisher#stage}); release or discard them. */
public final class StagedEvents {

    private static final Logger log = LoggerFactory.getLogger(StagedEvents.class);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final List<String> ids;

    StagedEvents(MongoTemplate mongo, OutboxRelay relay, List<String> ids) {
        this.mongo = mongo;
        this.relay = relay;
        this.ids = List.copyOf(ids);
    }

    /** The envelope ids. */
    public List<String> ids() {
        return ids;
    }

    /**
     * Lets the relay send them: the state change is stored. If this update fails the entries stay staged and the
     * relay releases them after {@code portal.outbox.staged-timeout}, so the failure is logged, not thrown (the
     * caller's state change did succeed).
     */
    public void release() {
        if (ids.isEmpty()) {
            return;
        }
        try {
            for (String id : ids) {
                mongo.updateFirst(staged(id), new Update().set("status", OutboxEntry.Status.PENDING),
                        OutboxEntry.class);
            }
            relay.nudge(ids);
        } catch (RuntimeException e) {
            log.error("Staged events {} not released; the relay releases them after the staged timeout", ids, e);
        }
    }

    /** Removes them: the state change failed, so they announce nothing. A failure here is thrown. */
    public void discard() {
        for (String id : ids) {
            mongo.remove(staged(id), OutboxEntry.class);
        }
    }

    /**
     * One entry while staged, by the fields of the relay's {@code outbox_claim} index (a staged entry was never
     * claimed, so its attempts are 0): on the embedded store a lookup, where {@code _id $in} with the status was a
     * scan of the whole outbox.
     */
    private static Query staged(String id) {
        return query(where("_id").is(id).and("status").is(OutboxEntry.Status.STAGED).and("attempts").is(0));
    }
}
