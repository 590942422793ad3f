package org.alumniportal.community.forum;

import java.time.Instant;
import java.util.List;

import org.alumniportal.platform.web.PageResponse;

/** A post with whether the caller likes it and a page of its comment threads (top-level comments, replies nested). */
record PostDetails(String id, String title, String content, String authorId, List<String> tags, long likesCount,
        long commentsCount, boolean pinned, boolean liked, boolean removed, Instant createdAt, Instant updatedAt,
        PageResponse<CommentView> comments) {

    static PostDetails of(Post p, boolean liked, PageResponse<CommentView> comments) {
        return new PostDetails(p.id(), p.title(), p.content(), p.authorId(), p.tags(), p.likesCount(),
                p.commentsCount(), p.pinned(), liked, p.removed(), p.createdAt(), p.updatedAt(), comments);
    }
}
