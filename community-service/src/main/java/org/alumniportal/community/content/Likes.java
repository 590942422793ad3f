package org.alumniportal.community.content;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.alumniportal.platform.events.community.ContentLiked;
import org.alumniportal.platform.outbox.EventPublisher;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Likes on posts, comments and capsules, idempotent per person. The like record's unique id decides who changed
 * something (insert or delete succeeds once), and only that caller moves the item's {@code likesCount} with
 * {@code $inc}: the count stays exact under any number of concurrent likes, without a transaction.
 */
@Service
public class Likes {

    public static final String COUNT_FIELD = "likesCount";

    private final MongoTemplate mongo;
    private final EventPublisher events;
    private final Clock clock;

    Likes(MongoTemplate mongo, EventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param collection the owning feature's collection, whose documents carry {@value #COUNT_FIELD}
     * @param authorId   the item's author, for the event (so notification can tell them)
     */
    public LikeState like(ContentType type, String contentId, String collection, String userId, String authorId) {
        try {
            mongo.insert(new Like(Like.idOf(type, contentId, userId), type, contentId, userId, clock.instant()));
        } catch (DuplicateKeyException alreadyLiked) {
            return new LikeState(true, countOf(contentId, collection));
        }
        long count = add(contentId, collection, 1);
        events.publish(contentId, new ContentLiked(type.name(), contentId, userId, authorId, true, count));
        return new LikeState(true, count);
    }

    public LikeState unlike(ContentType type, String contentId, String collection, String userId, String authorId) {
        long removed = mongo.remove(query(where("_id").is(Like.idOf(type, contentId, userId))), Like.class)
                .getDeletedCount();
        if (removed == 0) {
            return new LikeState(false, countOf(contentId, collection));
        }
        long count = add(contentId, collection, -1);
        events.publish(contentId, new ContentLiked(type.name(), contentId, userId, authorId, false, count));
        return new LikeState(false, count);
    }

    public boolean isLiked(ContentType type, String contentId, String userId) {
        return mongo.exists(query(where("_id").is(Like.idOf(type, contentId, userId))), Like.class);
    }

    /** Likes of one type given since {@code since} (trending; scans on the embedded store, so keep windows short). */
    public List<Like> since(ContentType type, Instant since) {
        return mongo.find(query(where("type").is(type).and("at").gte(since)), Like.class);
    }

    /** Every like of one type (the recommendations' co-engagement signal). */
    public List<Like> all(ContentType type) {
        return mongo.find(query(where("type").is(type)), Like.class);
    }

    private long add(String contentId, String collection, int delta) {
        Document updated = mongo.findAndModify(query(where("_id").is(contentId)), new Update().inc(COUNT_FIELD, delta),
                FindAndModifyOptions.options().returnNew(true), Document.class, collection);
        return updated == null ? 0 : ((Number) updated.getOrDefault(COUNT_FIELD, 0L)).longValue();
    }

    private long countOf(String contentId, String collection) {
        Document current = mongo.findById(contentId, Document.class, collection);
        return current == null ? 0 : ((Number) current.getOrDefault(COUNT_FIELD, 0L)).longValue();
    }
}
