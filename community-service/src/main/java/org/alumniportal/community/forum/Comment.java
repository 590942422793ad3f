package org.alumniportal.community.forum;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A comment on a post, a reply when {@code parentCommentId} is set; content stored sanitised. {@code updatedAt} is
 * indexed for the list index's periodic resync.
 */
@Document(Comment.COLLECTION)
record Comment(@Id String id, String postId, String authorId, String content, String parentCommentId,
        long likesCount, boolean removed, Instant createdAt, @Indexed Instant updatedAt) {

    static final String COLLECTION = "forum_comments";

    boolean isAuthoredBy(String userId) {
        return authorId.equals(userId);
    }
}
