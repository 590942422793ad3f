package org.alumniportal.community.forum;

import java.time.Instant;
import java.util.List;

/** A post as other features show it (recommendations). */
public record PostSummary(String id, String title, String authorId, List<String> tags, long likesCount,
        long commentsCount, Instant createdAt) {
}
