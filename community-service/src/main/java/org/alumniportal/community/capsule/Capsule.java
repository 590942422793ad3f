package org.alumniportal.community.capsule;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A knowledge capsule; {@code likesCount} and {@code views} change only by {@code $inc}. */
@Document(Capsule.COLLECTION)
record Capsule(@Id String id, String title, String content, CapsuleCategory category, List<String> tags,
        int durationMinutes, String authorId, long likesCount, long views, boolean featured, boolean removed,
        Instant createdAt, Instant updatedAt) {

    static final String COLLECTION = "capsules";

    Capsule {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
