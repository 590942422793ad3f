package org.alumniportal.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Outbox entries written ahead of their state change ({@link EventPublisher#stage}); release or discard them. */
public final class StagedEvents {

    private static final Logger log = LoggerFactory.getLogger(StagedEvents.class);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final List<OutboxEntry> entries;
    private final List<String> ids;

    StagedEvents(MongoTemplate mongo, OutboxRelay relay, List<OutboxEntry> entries) {
        this.mongo = mongo;
        this.relay = relay;
        this.entries = List.copyOf(entries);
        this.ids = this.entries.stream().map(OutboxEntry::id).toList();
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
            if (ids.size() == 1) {
                mongo.updateFirst(staged(ids.get(0)), new Update().set("status", OutboxEntry.Status.PENDING),
                        OutboxEntry.class);
            } else {
                BulkOperations releases = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxEntry.class);
                ids.forEach(id -> releases.updateOne(staged(id), new Update().set("status", OutboxEntry.Status.PENDING)));
                releases.execute();
            }
            // As released: the relay claims them without reading them again.
            relay.nudgeWritten(entries.stream().map(StagedEvents::released).toList());
        } catch (RuntimeException e) {
            log.error("Staged events {} not released; the relay releases them after the staged timeout", ids, e);
        }
    }

    private static OutboxEntry released(OutboxEntry staged) {
        return new OutboxEntry(staged.id(), staged.topic(), staged.key(), staged.type(), staged.payload(),
                OutboxEntry.Status.PENDING, staged.sequence(), staged.createdAt(), null, 0, null);
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
