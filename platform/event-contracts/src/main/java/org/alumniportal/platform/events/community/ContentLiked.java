package org.alumniportal.platform.events.community;

import org.alumniportal.platform.events.DomainEvent;

/** A like was added (liked true) or taken back (liked false) on a POST, COMMENT or CAPSULE. */
public record ContentLiked(String contentType, String contentId, String userId, String authorId, boolean liked,
        long likesCount) implements DomainEvent {
    public static final String TYPE = "content.liked.v1";
}
