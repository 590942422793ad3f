package org.alumniportal.community.forum;

import java.time.Instant;
import java.util.List;

/** A comment with its replies, oldest first. */
record CommentView(String id, String postId, String authorId, String content, String parentCommentId,
        long likesCount, Instant createdAt, Instant updatedAt, List<CommentView> replies) {

    static CommentView of(Comment c, List<CommentView> replies) {
        return new CommentView(c.id(), c.postId(), c.authorId(), c.content(), c.parentCommentId(), c.likesCount(),
                c.createdAt(), c.updatedAt(), replies);
    }
}
