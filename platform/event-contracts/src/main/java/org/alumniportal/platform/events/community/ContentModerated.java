package org.alumniportal.platform.events.community;

import org.alumniportal.platform.events.DomainEvent;

/** An admin approved or removed flagged content; action is APPROVE or REMOVE. */
public record ContentModerated(String contentType, String contentId, String authorId, String action,
        String moderatorId, String reason) implements DomainEvent {
    public static final String TYPE = "content.moderated.v1";
}
