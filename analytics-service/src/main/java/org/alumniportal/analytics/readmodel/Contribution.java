package org.alumniportal.analytics.readmodel;

import java.time.Instant;

/** A forum post, comment or time capsule by {@code authorId}; {@code removed} once moderation took it down. */
public record Contribution(String id, Kind kind, String authorId, Instant at, boolean removed) {

    public enum Kind { POST, COMMENT, CAPSULE }
}
