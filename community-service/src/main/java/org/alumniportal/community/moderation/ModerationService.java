package org.alumniportal.community.moderation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.alumniportal.community.content.ContentType;
import org.alumniportal.community.content.ModeratedContent;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.community.content.Removal;
import org.alumniportal.community.content.SafeHtml;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.community.ContentFlagged;
import org.alumniportal.platform.events.community.ContentModerated;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Flags and admin decisions. Content of any feature is reached through its {@link ModeratedContent}; every decision
 * is announced twice: {@code content.moderated.v1} for the author's notification and {@code admin.action.v1} for
 * the audit log, both carrying the admin's id.
 */
@Service
class ModerationService {

    private static final Logger log = LoggerFactory.getLogger(ModerationService.class);

    private final MongoTemplate mongo;
    private final Map<ContentType, ModeratedContent> contents = new EnumMap<>(ContentType.class);
    private final EventPublisher events;
    private final Clock clock;

    ModerationService(MongoTemplate mongo, List<ModeratedContent> contents, EventPublisher events, Clock clock) {
        this.mongo = mongo;
        contents.forEach(c -> this.contents.put(c.type(), c));
        this.events = events;
        this.clock = clock;
    }

    FlagView flag(CurrentUser user, ContentType type, String id, String rawReason) {
        String authorId = contents.get(type).authorOf(id).orElseThrow(() -> Removal.notFound(type, id));
        String reason = SafeHtml.plain(rawReason);
        Instant now = clock.instant();
        FlaggedItem item;
        try {
            item = events.publishWith(id, () -> {
                mongo.insert(new Flag(type + ":" + id + ":" + user.id(), type, id, user.id(), reason, now));
                // a new flag reopens an item an admin approved earlier: someone still finds it objectionable
                return mongo.findAndModify(query(where("_id").is(FlaggedItem.idOf(type, id))),
                        new Update().setOnInsert("type", type).setOnInsert("contentId", id).set("authorId", authorId)
                                .inc("flagCount", 1).push("reports", new FlaggedItem.Report(user.id(), reason, now))
                                .set("status", FlaggedItem.Status.OPEN).set("lastFlaggedAt", now),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), FlaggedItem.class);
            }, new ContentFlagged(type.name(), id, authorId, user.id(), reason));
        } catch (DuplicateKeyException again) {
            throw new PortalException(HttpStatus.CONFLICT, "already-flagged", "Already flagged",
                    "You flagged this " + type.name().toLowerCase(java.util.Locale.ROOT) + " already.")
                    .with("contentType", type).with("id", id);
        }
        return new FlagView(type, id, item == null ? 1 : item.flagCount());
    }

    PageResponse<FlaggedView> flagged(CurrentUser admin, FlaggedItem.Status status, ContentType type, int page, int size) {
        requireAdmin(admin);
        Criteria criteria = where("status").is(status == null ? FlaggedItem.Status.OPEN : status);
        if (type != null) {
            criteria = criteria.and("type").is(type);
        }
        long total = mongo.count(query(criteria), FlaggedItem.class);
        List<FlaggedItem> items = mongo.find(query(criteria)
                .with(Sort.by(Sort.Order.desc("flagCount"), Sort.Order.desc("lastFlaggedAt")))
                .skip((long) page * size).limit(size), FlaggedItem.class);
        return PageResponse.of(items.stream().map(FlaggedView::of).toList(), page, size, total);
    }

    FlaggedView moderate(CurrentUser admin, ModerateRequest request) {
        requireAdmin(admin);
        ContentType type = ContentType.parse(request.type());
        String id = request.id();
        String reason = request.reason() == null ? null : SafeHtml.plain(request.reason());
        ModeratedContent content = contents.get(type);
        String authorId = content.authorOf(id).orElseThrow(() -> Removal.notFound(type, id));
        boolean remove = request.action() == ModerationAction.REMOVE;
        FlaggedItem.Status status = remove ? FlaggedItem.Status.REMOVED : FlaggedItem.Status.APPROVED;
        FlaggedItem item = events.publishWith(id, () -> {
            if (remove) {
                content.remove(id);
            }
            return record(admin, type, id, authorId, status, reason);
        }, announcement(admin, type, id, authorId, request.action().name(), reason));
        log.info("Admin {} moderated {} {}: {}", admin.id(), type, id, request.action());
        return FlaggedView.of(item);
    }

    void delete(CurrentUser admin, ContentType type, String id) {
        requireAdmin(admin);
        ModeratedContent content = contents.get(type);
        String authorId = content.authorOf(id).orElseThrow(() -> Removal.notFound(type, id));
        events.publishWith(id, () -> {
            content.remove(id);
            return record(admin, type, id, authorId, FlaggedItem.Status.REMOVED, null);
        }, announcement(admin, type, id, authorId, ModerationAction.REMOVE.name(), null));
        log.info("Admin {} moderated {} {}: {}", admin.id(), type, id, ModerationAction.REMOVE);
    }

    private FlaggedItem record(CurrentUser admin, ContentType type, String id, String authorId,
            FlaggedItem.Status status, String reason) {
        Query item = query(where("_id").is(FlaggedItem.idOf(type, id)));
        Update decision = new Update().setOnInsert("type", type).setOnInsert("contentId", id).set("authorId", authorId)
                .set("status", status).set("moderatedBy", admin.id()).set("moderatedAt", clock.instant())
                .set("moderationReason", reason);
        return mongo.findAndModify(item, decision, FindAndModifyOptions.options().upsert(true).returnNew(true),
                FlaggedItem.class);
    }

    /** What a moderation decision announces: to the author (notification) and to the audit log. */
    private DomainEvent[] announcement(CurrentUser admin, ContentType type, String id, String authorId, String action,
            String reason) {
        return new DomainEvent[] {new ContentModerated(type.name(), id, authorId, action, admin.id(), reason),
                new AdminActionRecorded(admin.id(), "CONTENT_" + action, type.name(), id, clock.instant(),
                        reason == null ? Map.of("authorId", authorId) : Map.of("authorId", authorId, "reason",
                                reason))};
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasRole("ADMIN")) {
            throw Removal.forbidden("Only admins moderate content.");
        }
    }
}
