package org.alumniportal.platform.events.community;

import java.util.List;

import org.alumniportal.platform.events.DomainEvent;

/** A forum post was published. */
public record PostCreated(String postId, String authorId, String title, List<String> tags) implements DomainEvent {
    public static final String TYPE = "post.created.v1";
}
