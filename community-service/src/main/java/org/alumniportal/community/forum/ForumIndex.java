package org.alumniportal.community.forum;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.alumniportal.community.content.ListIndex;
import org.alumniportal.platform.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The post list and the comment threads, served from memory (the embedded store scans every non-id query): filled at
 * start-up, updated on this replica's writes, resynced every {@code portal.community.index-sync} from documents
 * changed since (another replica's writes). Each list a page can ask for (all, a tag's, an author's, a post's threads)
 * is kept sorted on its own, so a page is a slice; its posts are then read by id, so counters are the stored ones.
 */
@Component
class ForumIndex {

    record PostCard(String id, String authorId, List<String> tags, boolean pinned, Instant createdAt, boolean listed) {
    }

    record CommentCard(String id, String postId, String parentId, Instant createdAt, boolean listed) {
    }

    private static final Logger log = LoggerFactory.getLogger(ForumIndex.class);
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final Comparator<PostCard> PINNED_THEN_NEWEST = Comparator.comparing(PostCard::pinned).reversed()
            .thenComparing(PostCard::createdAt, Comparator.reverseOrder()).thenComparing(PostCard::id);
    private static final Comparator<CommentCard> OLDEST_FIRST = Comparator.comparing(CommentCard::createdAt)
            .thenComparing(CommentCard::id);

    private static final String LISTED = "listed";

    private final ListIndex<PostCard> posts = new ListIndex<>(PostCard::id, PINNED_THEN_NEWEST, ForumIndex::listsOf);
    private final ListIndex<CommentCard> comments = new ListIndex<>(CommentCard::id, OLDEST_FIRST,
            ForumIndex::listsOf);
    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile Instant lastSync = Instant.EPOCH;

    ForumIndex(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void rebuild() {
        long started = System.nanoTime();
        sync();
        log.info("Forum index holds {} posts and {} comments ({} ms)", posts.size(), comments.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Scheduled(initialDelayString = "${portal.community.index-sync:PT30S}",
            fixedDelayString = "${portal.community.index-sync:PT30S}")
    void sync() {
        Instant since = lastSync.minus(OVERLAP);
        Instant now = clock.instant();
        try (var changedPosts = mongo.stream(query(where("updatedAt").gte(since)), Post.class);
                var changedComments = mongo.stream(query(where("updatedAt").gte(since)), Comment.class)) {
            changedPosts.forEach(this::put);
            changedComments.forEach(this::put);
            lastSync = now;
        } catch (RuntimeException e) {
            log.warn("Forum index sync failed, retried at the next run: {}", e.toString());
        }
    }

    void put(Post post) {
        posts.put(new PostCard(post.id(), post.authorId(), post.tags(), post.pinned(), post.createdAt(),
                !post.removed()));
    }

    void put(Comment comment) {
        comments.put(new CommentCard(comment.id(), comment.postId(), comment.parentCommentId(), comment.createdAt(),
                !comment.removed()));
    }

    /** A live post is listed, and listed under each of its tags and its author: a page is a slice of one list. */
    private static List<String> listsOf(PostCard card) {
        if (!card.listed()) {
            return List.of();
        }
        List<String> lists = new ArrayList<>(card.tags().size() + 2);
        lists.add(LISTED);
        lists.add("author:" + card.authorId());
        card.tags().forEach(tag -> lists.add("tag:" + tag));
        return lists;
    }

    /** A live comment is listed in its post's threads, or under the comment it replies to. */
    private static List<String> listsOf(CommentCard card) {
        if (!card.listed()) {
            return List.of();
        }
        return List.of(card.parentId() == null ? "threads:" + card.postId() : "replies:" + card.parentId());
    }

    /** Pinned first, then newest; {@code tag} and {@code author} must match when given. */
    PageResponse<String> posts(String tag, String author, int page, int size) {
        String list = author != null ? "author:" + author : tag != null ? "tag:" + tag : LISTED;
        Predicate<PostCard> alsoTagged = author != null && tag != null ? card -> card.tags().contains(tag) : null;
        return posts.page(list, alsoTagged, page, size, false).map(PostCard::id);
    }

    /** Live posts (recommendation candidates). */
    List<PostCard> liveCards() {
        return posts.all(LISTED);
    }

    /** A page of a post's top-level comments, oldest first. */
    PageResponse<String> threads(String postId, int page, int size) {
        return comments.page("threads:" + postId, null, page, size, false).map(CommentCard::id);
    }

    /** Live replies to one comment, oldest first. */
    List<String> replies(String postId, String parentId) {
        return comments.all("replies:" + parentId).stream().filter(c -> postId.equals(c.postId()))
                .map(CommentCard::id).toList();
    }
}
