package org.alumniportal.community.capsule;

import java.time.Instant;
import java.util.List;

/** A capsule as clients see it; {@code trendScore} is set in the trending list only. */
record CapsuleView(String id, String title, String content, CapsuleCategory category, List<String> tags,
        int durationMinutes, String authorId, long likesCount, long views, boolean featured, Instant createdAt,
        Instant updatedAt, Double trendScore) {

    static CapsuleView of(Capsule c) {
        return of(c, null);
    }

    static CapsuleView of(Capsule c, Double trendScore) {
        return new CapsuleView(c.id(), c.title(), c.content(), c.category(), c.tags(), c.durationMinutes(),
                c.authorId(), c.likesCount(), c.views(), c.featured(), c.createdAt(), c.updatedAt(), trendScore);
    }
}
