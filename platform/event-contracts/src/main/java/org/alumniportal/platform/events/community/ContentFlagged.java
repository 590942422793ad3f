package org.alumniportal.platform.events.community;

import org.alumniportal.platform.events.DomainEvent;

/** Someone flagged content (POST, COMMENT, CAPSULE or EVENT) for the moderators. */
public record ContentFlagged(String contentType, String contentId, String authorId, String flaggedBy,
        String reason) implements DomainEvent {
    public static final String TYPE = "content.flagged.v1";
}
