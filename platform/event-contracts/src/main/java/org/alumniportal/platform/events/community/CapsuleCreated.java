package org.alumniportal.platform.events.community;

import java.util.List;

import org.alumniportal.platform.events.DomainEvent;

/** An alumnus published a knowledge capsule. */
public record CapsuleCreated(String capsuleId, String authorId, String title, String category,
        List<String> tags) implements DomainEvent {
    public static final String TYPE = "capsule.created.v1";
}
