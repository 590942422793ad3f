package org.alumniportal.community.forum;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A forum post; content is stored sanitised. {@code likesCount} and {@code commentsCount} change only by
 * {@code $inc}, edits write the other fields, so neither overwrites the other. {@code updatedAt} is indexed for the
 * list index's periodic resync (what changed since its last run).
 */
@Document(Post.COLLECTION)
record Post(@Id String id, String title, String content, String authorId, List<String> tags, long likesCount,
        long commentsCount, boolean pinned, boolean removed, Instant createdAt, @Indexed Instant updatedAt) {

    static final String COLLECTION = "forum_posts";

    Post {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    boolean isAuthoredBy(String userId) {
        return authorId.equals(userId);
    }
}
