package org.alumniportal.notification.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The in-app notifications. Every query is scoped by the owner's id, so another user's notification is
 * indistinguishable from a missing one (404). Marking read is one conditional update on {@code read: false},
 * and the unread count is counted, not kept: it stays exact under concurrent mark-reads and arrivals.
 */
@Service
public class Notifications {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final AtomicLong lastSequence = new AtomicLong();

    Notifications(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @return the stored notification, or empty when this event already gave this recipient this type */
    public Optional<NotificationView> create(NewNotification notification) {
        Notification document = Notification.of(notification, clock.instant(), nextSequence());
        try {
            mongo.insert(document);
            return Optional.of(document.view());
        } catch (DuplicateKeyException redelivered) {
            return Optional.empty();
        }
    }

    PageResponse<NotificationView> page(String userId, boolean unreadOnly, NotificationType type, int page, int size) {
        Criteria criteria = ownedBy(userId);
        if (unreadOnly) {
            criteria = criteria.and("read").is(false);
        }
        if (type != null) {
            criteria = criteria.and("type").is(type);
        }
        long total = mongo.count(query(criteria), Notification.class);
        Query pageQuery = query(criteria).with(Sort.by(Sort.Direction.DESC, "seq")).skip((long) page * size)
                .limit(size);
        List<NotificationView> items = mongo.find(pageQuery, Notification.class).stream().map(Notification::view)
                .toList();
        return PageResponse.of(items, page, size, total);
    }

    public long unreadCount(String userId) {
        return mongo.count(query(ownedBy(userId).and("read").is(false)), Notification.class);
    }

    NotificationView markRead(String userId, String id) {
        Notification updated = mongo.findAndModify(query(ownedBy(userId).and("_id").is(id).and("read").is(false)),
                new Update().set("read", true).set("readAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), Notification.class);
        if (updated != null) {
            return updated.view();
        }
        return find(userId, id).orElseThrow(() -> notFound(id)).view();
    }

    long markAllRead(String userId) {
        return mongo.updateMulti(query(ownedBy(userId).and("read").is(false)),
                new Update().set("read", true).set("readAt", clock.instant()), Notification.class).getModifiedCount();
    }

    void delete(String userId, String id) {
        if (mongo.remove(query(ownedBy(userId).and("_id").is(id)), Notification.class).getDeletedCount() == 0) {
            throw notFound(id);
        }
    }

    /**
     * What a stream that last received {@code lastEventId} missed, oldest first. An id that is not one of the
     * user's (deleted, or never theirs) replays nothing: there is no position to resume from.
     */
    public List<NotificationView> after(String userId, String lastEventId, int limit) {
        return find(userId, lastEventId)
                .map(last -> mongo.find(query(ownedBy(userId).and("seq").gt(last.getSeq()))
                                .with(Sort.by(Sort.Direction.ASC, "seq")).limit(limit), Notification.class)
                        .stream().map(Notification::view).toList())
                .orElse(List.of());
    }

    /** The user's notifications created in [{@code from}, {@code to}), oldest first: the digest's material. */
    public List<NotificationView> createdBetween(String userId, Instant from, Instant to) {
        return mongo.find(query(ownedBy(userId).and("createdAt").gte(from).lt(to))
                .with(Sort.by(Sort.Direction.ASC, "seq")), Notification.class).stream().map(Notification::view).toList();
    }

    private Optional<Notification> find(String userId, String id) {
        return Optional.ofNullable(mongo.findById(id, Notification.class))
                .filter(n -> userId.equals(n.getRecipientId()));
    }

    private static Criteria ownedBy(String userId) {
        return where("recipientId").is(userId);
    }

    static PortalException notFound(String id) {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Notification not found",
                "No notification " + id + " of yours.");
    }

    /** Strictly increasing in this JVM and close to wall-clock microseconds, so also ordered across replicas. */
    private long nextSequence() {
        long nowMicros = clock.millis() * 1000;
        return lastSequence.updateAndGet(previous -> Math.max(previous + 1, nowMicros));
    }
}
