package org.alumniportal.platform.events.community;

import org.alumniportal.platform.events.DomainEvent;

/**
 * A comment on a forum post; carries the post's author and, for a reply, the parent comment's author, so that
 * both can be told.
 */
public record CommentCreated(String commentId, String postId, String authorId, String postAuthorId,
        String parentCommentId, String parentCommentAuthorId) implements DomainEvent {
    public static final String TYPE = "comment.created.v1";
}
