package org.alumniportal.community.forum;

import java.time.Instant;
import java.util.List;

/** A post in a list. */
record PostView(String id, String title, String content, String authorId, List<String> tags, long likesCount,
        long commentsCount, boolean pinned, Instant createdAt, Instant updatedAt) {

    static PostView of(Post p) {
        return new PostView(p.id(), p.title(), p.content(), p.authorId(), p.tags(), p.likesCount(), p.commentsCount(),
                p.pinned(), p.createdAt(), p.updatedAt());
    }
}
