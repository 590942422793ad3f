package org.alumniportal.community.capsule;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.alumniportal.community.config.CommunityProperties;
import org.alumniportal.community.content.ContentType;
import org.alumniportal.community.content.Like;
import org.alumniportal.community.content.LikeState;
import org.alumniportal.community.content.Likes;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.community.content.Removal;
import org.alumniportal.community.content.SafeHtml;
import org.alumniportal.community.content.Tags;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.community.CapsuleCreated;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Capsules: create (ALUMNI), read counting views once per person and day, like, feature (admin), trending. */
@Service
class CapsuleService {

    private final MongoTemplate mongo;
    private final CapsuleIndex index;
    private final Likes likes;
    private final EventPublisher events;
    private final CommunityProperties.Trending trending;
    private final Clock clock;

    CapsuleService(MongoTemplate mongo, CapsuleIndex index, Likes likes, EventPublisher events,
            CommunityProperties properties, Clock clock) {
        this.mongo = mongo;
        this.index = index;
        this.likes = likes;
        this.events = events;
        this.trending = properties.trending();
        this.clock = clock;
    }

    Capsule create(CurrentUser user, CapsuleRequest request) {
        if (!user.hasRole("ALUMNI")) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Role not allowed",
                    "Only alumni publish knowledge capsules.");
        }
        Instant now = clock.instant();
        Capsule capsule = new Capsule(UUID.randomUUID().toString(), title(request.title()), content(request.content()),
                request.category(), Tags.normalize(request.tags()), request.durationMinutes(), user.id(), 0, 0, false,
                false, now, now);
        events.publishWith(capsule.id(), () -> mongo.insert(capsule), new CapsuleCreated(capsule.id(), user.id(),
                capsule.title(), capsule.category().name(), capsule.tags()));
        index.put(capsule);
        return capsule;
    }

    /** Reading counts a view: once per person and UTC day, never the author's own. */
    Capsule read(CurrentUser user, String capsuleId) {
        Capsule capsule = mongo.findById(capsuleId, Capsule.class);
        if (capsule == null || !Removal.visibleTo(capsule.removed(), user)) {
            throw Removal.notFound(ContentType.CAPSULE, capsuleId);
        }
        if (!capsule.authorId().equals(user.id()) && !capsule.removed()) {
            Instant now = clock.instant();
            String day = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
            try {
                mongo.insert(new CapsuleViewRecord(capsuleId + ":" + user.id() + ":" + day, capsuleId, user.id(), now));
                mongo.updateFirst(query(where("_id").is(capsuleId)), new Update().inc("views", 1), Capsule.class);
                capsule = mongo.findById(capsuleId, Capsule.class);
            } catch (DuplicateKeyException seenToday) {
                // counted already today
            }
        }
        return capsule;
    }

    Optional<Capsule> find(String capsuleId) {
        return Optional.ofNullable(mongo.findById(capsuleId, Capsule.class)).filter(c -> !c.removed());
    }

    PageResponse<Capsule> list(CapsuleCategory category, String tag, String author, Boolean featured, int page, int size) {
        String normalizedTag = tag == null || tag.isBlank() ? null : Tags.normalize(tag);
        return index.search(category, normalizedTag, author, featured, page, size)
                .map(id -> mongo.findById(id, Capsule.class));
    }

    Capsule update(CurrentUser user, String capsuleId, CapsuleRequest request) {
        Capsule capsule = requireAuthor(user, capsuleId);
        Update update = new Update().set("title", title(request.title()))
                .set("content", content(request.content())).set("category", request.category())
                .set("tags", Tags.normalize(request.tags())).set("durationMinutes", request.durationMinutes())
                .set("updatedAt", clock.instant());
        audited(user, capsule, "CAPSULE_UPDATED",
                () -> mongo.updateFirst(query(where("_id").is(capsuleId)), update, Capsule.class));
        Capsule saved = mongo.findById(capsuleId, Capsule.class);
        index.put(saved);
        return saved;
    }

    void delete(CurrentUser user, String capsuleId) {
        Capsule capsule = requireAuthor(user, capsuleId);
        audited(user, capsule, "CAPSULE_DELETED", () -> remove(capsuleId));
    }

    boolean remove(String capsuleId) {
        boolean changed = mongo.updateFirst(query(where("_id").is(capsuleId).and("removed").is(false)),
                new Update().set("removed", true).set("updatedAt", clock.instant()), Capsule.class)
                .getMatchedCount() > 0;
        if (changed) {
            index.put(mongo.findById(capsuleId, Capsule.class));
        }
        return changed;
    }

    Capsule feature(CurrentUser user, String capsuleId, boolean featured) {
        if (!user.hasRole("ADMIN")) {
            throw Removal.forbidden("Only admins feature capsules.");
        }
        Capsule capsule = find(capsuleId).orElseThrow(() -> Removal.notFound(ContentType.CAPSULE, capsuleId));
        events.publishWith(capsuleId, () -> mongo.updateFirst(query(where("_id").is(capsuleId)),
                new Update().set("featured", featured).set("updatedAt", clock.instant()), Capsule.class),
                new AdminActionRecorded(user.id(), featured ? "CAPSULE_FEATURED" : "CAPSULE_UNFEATURED",
                        ContentType.CAPSULE.name(), capsuleId, clock.instant(), Map.of("authorId", capsule.authorId())));
        Capsule saved = mongo.findById(capsuleId, Capsule.class);
        index.put(saved);
        return saved;
    }

    LikeState like(CurrentUser user, String capsuleId, boolean like) {
        Capsule capsule = find(capsuleId).orElseThrow(() -> Removal.notFound(ContentType.CAPSULE, capsuleId));
        return like ? likes.like(ContentType.CAPSULE, capsuleId, Capsule.COLLECTION, user.id(), capsule.authorId())
                : likes.unlike(ContentType.CAPSULE, capsuleId, Capsule.COLLECTION, user.id(), capsule.authorId());
    }

    /** Live capsules ranked by {@link TrendScore} over the window's likes and views; capsules without any are left out. */
    PageResponse<CapsuleView> trending(int page, int size) {
        Instant now = clock.instant();
        Instant since = now.minus(trending.window());
        Map<String, TrendScore> scores = new HashMap<>();
        for (Like like : likes.since(ContentType.CAPSULE, since)) {
            scores.computeIfAbsent(like.contentId(), id -> new TrendScore(now, trending.halfLife())).like(like.at());
        }
        for (CapsuleViewRecord view : mongo.find(query(where("at").gte(since)), CapsuleViewRecord.class)) {
            scores.computeIfAbsent(view.capsuleId(), id -> new TrendScore(now, trending.halfLife())).view(view.at());
        }
        List<Map.Entry<String, Double>> ranked = scores.entrySet().stream()
                .filter(e -> index.isLive(e.getKey()))
                .map(e -> Map.entry(e.getKey(), e.getValue().value()))
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        return PageResponse.slice(ranked, page, size)
                .map(e -> CapsuleView.of(mongo.findById(e.getKey(), Capsule.class), round(e.getValue())));
    }

    private Capsule requireAuthor(CurrentUser user, String capsuleId) {
        Capsule capsule = find(capsuleId).orElseThrow(() -> Removal.notFound(ContentType.CAPSULE, capsuleId));
        if (!capsule.authorId().equals(user.id()) && !user.hasRole("ADMIN")) {
            throw Removal.forbidden("Only the author or an admin may do that.");
        }
        return capsule;
    }

    /** Runs {@code change}; an admin's change to someone else's capsule is written with its audit event. */
    private <T> T audited(CurrentUser user, Capsule capsule, String action, Supplier<T> change) {
        if (capsule.authorId().equals(user.id())) {
            return change.get();
        }
        return events.publishWith(capsule.id(), change, new AdminActionRecorded(user.id(), action,
                ContentType.CAPSULE.name(), capsule.id(), clock.instant(), Map.of("authorId", capsule.authorId())));
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static String title(String raw) {
        String title = SafeHtml.plain(raw);
        if (title.length() < 3) {
            throw invalid("title", "must be at least 3 characters of text");
        }
        return title;
    }

    private static String content(String raw) {
        String content = SafeHtml.rich(raw);
        if (content.isBlank()) {
            throw invalid("content", "is empty once unsafe markup is removed");
        }
        return content;
    }

    private static PortalException invalid(String field, String message) {
        return new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                "The request has invalid fields.").with("errors", List.of(new Problems.FieldError(field, message)));
    }
}
