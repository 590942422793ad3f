package org.alumniportal.community.forum;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.alumniportal.community.content.ContentType;
import org.alumniportal.community.content.LikeState;
import org.alumniportal.community.content.Likes;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.community.content.Removal;
import org.alumniportal.community.content.SafeHtml;
import org.alumniportal.community.content.Tags;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.community.CommentCreated;
import org.alumniportal.platform.events.community.PostCreated;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Posts and comments: write, edit, delete (author or admin), pin (admin), like. Content is sanitised before it is
 * stored; removed posts and comments answer 404 to everyone but admins.
 */
@Service
class ForumService {

    private final MongoTemplate mongo;
    private final ForumIndex index;
    private final Likes likes;
    private final EventPublisher events;
    private final Clock clock;

    ForumService(MongoTemplate mongo, ForumIndex index, Likes likes, EventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.index = index;
        this.likes = likes;
        this.events = events;
        this.clock = clock;
    }

    Post create(CurrentUser user, PostRequest request) {
        Instant now = clock.instant();
        Post post = new Post(UUID.randomUUID().toString(), title(request.title()), content(request.content()),
                user.id(), tags(request.tags()), 0, 0, false, false, now, now);
        events.publishWith(post.id(), () -> mongo.insert(post), new PostCreated(post.id(), post.authorId(),
                post.title(), post.tags()));
        index.put(post);
        return post;
    }

    Post read(CurrentUser user, String postId) {
        Post post = mongo.findById(postId, Post.class);
        if (post == null || !Removal.visibleTo(post.removed(), user)) {
            throw Removal.notFound(ContentType.POST, postId);
        }
        return post;
    }

    Optional<Post> find(String postId) {
        return Optional.ofNullable(mongo.findById(postId, Post.class)).filter(p -> !p.removed());
    }

    PageResponse<Post> list(CurrentUser user, String tag, String author, int page, int size) {
        String normalizedTag = tag == null || tag.isBlank() ? null : normalizeTag(tag);
        PageResponse<String> ids = index.posts(normalizedTag, author, page, size);
        // one read for the page (an _id $in is an index lookup, also on the embedded store), not one per post
        Map<String, Post> found = mongo.find(query(where("_id").in(ids.items())), Post.class).stream()
                .filter(p -> Removal.visibleTo(p.removed(), user))
                .collect(Collectors.toMap(Post::id, Function.identity()));
        return ids.mapPresent(id -> Optional.ofNullable(found.get(id)));
    }

    Post update(CurrentUser user, String postId, PostRequest request) {
        Post post = requireAuthor(user, find(postId).orElseThrow(() -> Removal.notFound(ContentType.POST, postId)));
        Update update = new Update().set("title", title(request.title())).set("content", content(request.content()))
                .set("tags", tags(request.tags())).set("updatedAt", clock.instant());
        audited(user, ContentType.POST, postId, post.authorId(), "POST_UPDATED",
                () -> mongo.updateFirst(query(where("_id").is(postId)), update, Post.class));
        Post saved = mongo.findById(postId, Post.class);
        index.put(saved);
        return saved;
    }

    void delete(CurrentUser user, String postId) {
        Post post = requireAuthor(user, find(postId).orElseThrow(() -> Removal.notFound(ContentType.POST, postId)));
        audited(user, ContentType.POST, postId, post.authorId(), "POST_DELETED", () -> removePost(postId));
    }

    Post pin(CurrentUser user, String postId, boolean pinned) {
        if (!user.hasRole("ADMIN")) {
            throw Removal.forbidden("Only admins pin posts.");
        }
        Post post = find(postId).orElseThrow(() -> Removal.notFound(ContentType.POST, postId));
        events.publishWith(postId, () -> mongo.updateFirst(query(where("_id").is(postId)),
                new Update().set("pinned", pinned).set("updatedAt", clock.instant()), Post.class),
                new AdminActionRecorded(user.id(), pinned ? "POST_PINNED" : "POST_UNPINNED", ContentType.POST.name(),
                        postId, clock.instant(), Map.of("authorId", post.authorId())));
        Post saved = mongo.findById(postId, Post.class);
        index.put(saved);
        return saved;
    }

    boolean removePost(String postId) {
        boolean changed = mongo.updateFirst(query(where("_id").is(postId).and("removed").is(false)),
                new Update().set("removed", true).set("updatedAt", clock.instant()), Post.class).getMatchedCount() > 0;
        if (changed) {
            index.put(mongo.findById(postId, Post.class));
        }
        return changed;
    }

    Comment comment(CurrentUser user, String postId, CommentRequest request) {
        Post post = find(postId).orElseThrow(() -> Removal.notFound(ContentType.POST, postId));
        Comment parent = null;
        if (request.parentCommentId() != null && !request.parentCommentId().isBlank()) {
            parent = findComment(request.parentCommentId()).filter(c -> c.postId().equals(postId))
                    .orElseThrow(() -> invalid("parentCommentId", "must be a comment of this post"));
        }
        Instant now = clock.instant();
        Comment comment = new Comment(UUID.randomUUID().toString(), postId, user.id(), content(request.content()),
                parent == null ? null : parent.id(), 0, false, now, now);
        events.publishWith(postId, () -> mongo.insert(comment), new CommentCreated(comment.id(), postId, user.id(),
                post.authorId(), comment.parentCommentId(), parent == null ? null : parent.authorId()));
        mongo.updateFirst(query(where("_id").is(postId)), new Update().inc("commentsCount", 1), Post.class);
        index.put(comment);
        return comment;
    }

    Optional<Comment> findComment(String commentId) {
        return Optional.ofNullable(mongo.findById(commentId, Comment.class)).filter(c -> !c.removed());
    }

    Comment editComment(CurrentUser user, String commentId, CommentEdit edit) {
        Comment comment = requireAuthor(user, requireComment(commentId));
        String content = content(edit.content());
        audited(user, ContentType.COMMENT, commentId, comment.authorId(), "COMMENT_UPDATED",
                () -> mongo.updateFirst(query(where("_id").is(commentId)),
                        new Update().set("content", content).set("updatedAt", clock.instant()), Comment.class));
        return mongo.findById(commentId, Comment.class);
    }

    void deleteComment(CurrentUser user, String commentId) {
        Comment comment = requireAuthor(user, requireComment(commentId));
        audited(user, ContentType.COMMENT, commentId, comment.authorId(), "COMMENT_DELETED",
                () -> removeComment(commentId));
    }

    boolean removeComment(String commentId) {
        Comment removed = mongo.findAndModify(query(where("_id").is(commentId).and("removed").is(false)),
                new Update().set("removed", true).set("updatedAt", clock.instant()), Comment.class);
        if (removed == null) {
            return false;
        }
        mongo.updateFirst(query(where("_id").is(removed.postId()).and("commentsCount").gt(0)),
                new Update().inc("commentsCount", -1), Post.class);
        index.put(mongo.findById(commentId, Comment.class));
        return true;
    }

    /** A page of top-level comments with all their live replies nested. */
    PageResponse<CommentView> threads(String postId, int page, int size) {
        return index.threads(postId, page, size).map(id -> thread(postId, mongo.findById(id, Comment.class)));
    }

    private CommentView thread(String postId, Comment comment) {
        List<CommentView> replies = index.replies(postId, comment.id()).stream()
                .map(id -> mongo.findById(id, Comment.class)).filter(c -> c != null && !c.removed())
                .map(c -> thread(postId, c)).toList();
        return CommentView.of(comment, replies);
    }

    LikeState likePost(CurrentUser user, String postId, boolean like) {
        Post post = find(postId).orElseThrow(() -> Removal.notFound(ContentType.POST, postId));
        return like ? likes.like(ContentType.POST, postId, Post.COLLECTION, user.id(), post.authorId())
                : likes.unlike(ContentType.POST, postId, Post.COLLECTION, user.id(), post.authorId());
    }

    LikeState likeComment(CurrentUser user, String commentId, boolean like) {
        Comment comment = requireComment(commentId);
        return like ? likes.like(ContentType.COMMENT, commentId, Comment.COLLECTION, user.id(), comment.authorId())
                : likes.unlike(ContentType.COMMENT, commentId, Comment.COLLECTION, user.id(), comment.authorId());
    }

    boolean likedByMe(CurrentUser user, String postId) {
        return likes.isLiked(ContentType.POST, postId, user.id());
    }

    private Comment requireComment(String commentId) {
        return findComment(commentId).orElseThrow(() -> Removal.notFound(ContentType.COMMENT, commentId));
    }

    private static Post requireAuthor(CurrentUser user, Post post) {
        if (!post.isAuthoredBy(user.id()) && !user.hasRole("ADMIN")) {
            throw Removal.forbidden("Only the author or an admin may do that.");
        }
        return post;
    }

    private static Comment requireAuthor(CurrentUser user, Comment comment) {
        if (!comment.isAuthoredBy(user.id()) && !user.hasRole("ADMIN")) {
            throw Removal.forbidden("Only the author or an admin may do that.");
        }
        return comment;
    }

    /** Runs {@code change}; an admin's change to someone else's content is written with its audit event. */
    private <T> T audited(CurrentUser user, ContentType type, String id, String authorId, String action,
            Supplier<T> change) {
        if (authorId.equals(user.id())) {
            return change.get();
        }
        return events.publishWith(id, change, new AdminActionRecorded(user.id(), action, type.name(), id,
                clock.instant(), Map.of("authorId", authorId)));
    }

    private static String title(String raw) {
        String title = SafeHtml.plain(raw);
        if (title.length() < 3 || title.length() > 250) {
            throw invalid("title", "must be 3 to 200 characters of text");
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

    private static List<String> tags(List<String> raw) {
        return Tags.normalize(raw);
    }

    private static String normalizeTag(String tag) {
        return Tags.normalize(tag);
    }

    private static PortalException invalid(String field, String message) {
        return new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                "The request has invalid fields.").with("errors", List.of(new Problems.FieldError(field, message)));
    }
}
