package org.alumniportal.community.moderation;

import java.time.Instant;
import java.util.List;

import org.alumniportal.community.content.ContentType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The moderation queue's entry for one item ({@code TYPE:contentId}): how often and why it was flagged, and what
 * an admin decided. Small by nature (only flagged items), so the queue is read straight from the store.
 */
@Document(FlaggedItem.COLLECTION)
record FlaggedItem(@Id String id, ContentType type, String contentId, String authorId, long flagCount,
        List<Report> reports, Status status, Instant lastFlaggedAt, String moderatedBy, Instant moderatedAt,
        String moderationReason) {

    static final String COLLECTION = "flagged_items";

    enum Status { OPEN, APPROVED, REMOVED }

    record Report(String userId, String reason, Instant at) {
    }

    FlaggedItem {
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    static String idOf(ContentType type, String contentId) {
        return type + ":" + contentId;
    }
}
